import { UPLOAD_FORMATS, type SpecifiedUploadKind } from '@koers/indicators';
import type { LocalizedText } from '@koers/indicators';

/**
 * The three upload formats of issue #5 as data: the parser, the validation, the templates and the docs all read
 * these. Value columns and selection values come from `UPLOAD_FORMATS` in `@koers/indicators`, so the files and
 * the measure catalogue cannot drift apart.
 */
export type ColumnType = 'date' | 'year' | 'period' | 'municipality' | 'area' | 'selection' | 'integer' | 'decimal' | 'text';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** The column must be in the header. Key columns also need a value in every row. */
  readonly required: boolean;
  readonly description: LocalizedText;
  /** The value in the template's example row. */
  readonly example: string;
  /** Allowed values of a selection column. */
  readonly allowed?: readonly string[];
}

export type SelectionColumn = 'functie' | 'sbi' | 'maatstaf';

export interface KindFormat {
  readonly kind: SpecifiedUploadKind;
  readonly title: LocalizedText;
  /** Who usually produces the file. */
  readonly producer: string;
  readonly selection: SelectionColumn;
  readonly columns: readonly ColumnSpec[];
}

const NOT_NEGATIVE = { nl: 'geheel getal ≥ 0', en: 'whole number ≥ 0' };

function column(name: string, type: ColumnType, required: boolean, description: LocalizedText, example: string): ColumnSpec {
  return { name, type, required, description, example };
}

/** A value column: its name must be one of the kind's value fields in `UPLOAD_FORMATS`, the one list of them. */
function value(
  kind: SpecifiedUploadKind,
  name: string,
  type: 'integer' | 'decimal',
  required: boolean,
  description: LocalizedText,
  example: string,
): ColumnSpec {
  if (!UPLOAD_FORMATS[kind].valueFields.includes(name)) throw new Error(`UPLOAD_FORMATS.${kind} has no value field "${name}"`);
  return column(name, type, required, description, example);
}

function selection(kind: SpecifiedUploadKind, name: SelectionColumn, description: LocalizedText, example: string): ColumnSpec {
  const allowed = UPLOAD_FORMATS[kind].filters[name];
  if (!allowed) throw new Error(`UPLOAD_FORMATS.${kind} has no closed list for "${name}"`);
  return { name, type: 'selection', required: true, description, example, allowed };
}

const GEMEENTECODE = column(
  'gemeentecode',
  'municipality',
  true,
  { nl: 'CBS-gemeentecode: GM en vier cijfers, bv. GM0106', en: 'CBS municipality code: GM and four digits, e.g. GM0106' },
  'GM0106',
);
const GEBIEDSCODE = column(
  'gebiedscode',
  'area',
  false,
  {
    nl: 'optioneel: CBS-wijk- of buurtcode binnen de gemeente (WK010601, BU01060101); leeg = hele gemeente',
    en: 'optional: CBS district or neighbourhood code within the municipality; empty = whole municipality',
  },
  '',
);
const OPMERKING = column('opmerking', 'text', false, { nl: 'optioneel: toelichting bij de rij', en: 'optional: remark about the row' }, '');

function bron(example: string): ColumnSpec {
  return column(
    'bron',
    'text',
    true,
    {
      nl: 'herkomst van de cijfers; begin met VOORBEELDDATA voor illustratieve cijfers',
      en: 'provenance of the figures; start with VOORBEELDDATA for illustrative figures',
    },
    example,
  );
}

const VACANCY: KindFormat = {
  kind: 'vacancy',
  title: { nl: 'Leegstand (gemeentelijk bestand)', en: 'Vacancy (municipal file)' },
  producer: 'BAG/IMVG',
  selection: 'functie',
  columns: [
    column('peildatum', 'date', true, { nl: 'datum van de telling, JJJJ-MM-DD', en: 'date of the count, YYYY-MM-DD' }, '2024-01-01'),
    GEMEENTECODE,
    GEBIEDSCODE,
    selection('vacancy', 'functie', { nl: 'gebruiksfunctie', en: 'use of the premises' }, 'kantoor'),
    value(
      'vacancy',
      'objecten_totaal',
      'integer',
      true,
      { nl: `aantal verblijfsobjecten, ${NOT_NEGATIVE.nl}`, en: `number of premises, ${NOT_NEGATIVE.en}` },
      '412',
    ),
    value(
      'vacancy',
      'objecten_leeg',
      'integer',
      true,
      { nl: 'waarvan leeg, ≤ objecten_totaal', en: 'of which vacant, ≤ objecten_totaal' },
      '61',
    ),
    value('vacancy', 'm2_totaal', 'decimal', true, { nl: 'gebruiksoppervlakte in m², ≥ 0', en: 'usable floor area in m², ≥ 0' }, '398000'),
    value(
      'vacancy',
      'm2_leeg',
      'decimal',
      true,
      { nl: 'waarvan leeg in m², ≤ m2_totaal', en: 'of which vacant in m², ≤ m2_totaal' },
      '59700',
    ),
    value(
      'vacancy',
      'leeg_langer_dan_1_jaar_m2',
      'decimal',
      false,
      {
        nl: 'optioneel: langer dan een jaar leeg in m², ≤ m2_leeg',
        en: 'optional: vacant for more than a year in m², ≤ m2_leeg',
      },
      '31000',
    ),
    bron('BAG/IMVG gemeente'),
    OPMERKING,
  ],
};

const EMPLOYMENT: KindFormat = {
  kind: 'employment',
  title: { nl: 'Banen en vestigingen (gemeentelijk bestand)', en: 'Jobs and establishments (municipal file)' },
  producer: 'LISA',
  selection: 'sbi',
  columns: [
    column('jaar', 'year', true, { nl: 'jaar van de telling, JJJJ', en: 'year of the count, YYYY' }, '2024'),
    column(
      'peildatum',
      'date',
      false,
      { nl: 'optioneel: datum van de telling binnen het jaar, JJJJ-MM-DD', en: 'optional: date of the count within the year' },
      '2024-04-01',
    ),
    GEMEENTECODE,
    GEBIEDSCODE,
    selection('employment', 'sbi', { nl: 'SBI 2008-sectieletter A–U, of TOTAAL', en: 'SBI 2008 section letter A–U, or TOTAAL' }, 'TOTAAL'),
    value(
      'employment',
      'vestigingen',
      'integer',
      true,
      { nl: `aantal vestigingen, ${NOT_NEGATIVE.nl}`, en: `establishments, ${NOT_NEGATIVE.en}` },
      '5300',
    ),
    value(
      'employment',
      'banen_totaal',
      'integer',
      true,
      { nl: 'aantal banen = banen_voltijd + banen_deeltijd', en: 'jobs = banen_voltijd + banen_deeltijd' },
      '41200',
    ),
    value(
      'employment',
      'banen_voltijd',
      'integer',
      true,
      { nl: 'banen van 12 uur of meer per week', en: 'jobs of 12 hours a week or more' },
      '35500',
    ),
    value(
      'employment',
      'banen_deeltijd',
      'integer',
      true,
      { nl: 'banen van minder dan 12 uur per week', en: 'jobs of less than 12 hours a week' },
      '5700',
    ),
    bron('LISA vestigingenregister'),
    OPMERKING,
  ],
};

const JOBSEEKERS: KindFormat = {
  kind: 'jobseekers',
  title: { nl: 'Werkzoekenden (gemeentelijk bestand)', en: 'Jobseekers (municipal file)' },
  producer: 'UWV',
  selection: 'maatstaf',
  columns: [
    column(
      'periode',
      'period',
      true,
      { nl: 'CBS-periodecode: 2024JJ00 (jaar), 2024KW02 (kwartaal), 2024MM06 (maand)', en: 'CBS period code: year, quarter or month' },
      '2024MM06',
    ),
    GEMEENTECODE,
    selection('jobseekers', 'maatstaf', { nl: 'NWW, GWU of WW', en: 'NWW, GWU or WW' }, 'GWU'),
    value(
      'jobseekers',
      'aantal',
      'integer',
      true,
      { nl: `aantal personen, ${NOT_NEGATIVE.nl}`, en: `number of persons, ${NOT_NEGATIVE.en}` },
      '2150',
    ),
    bron('UWV arbeidsmarktinformatie'),
    OPMERKING,
  ],
};

export const KIND_FORMATS: Readonly<Record<SpecifiedUploadKind, KindFormat>> = {
  vacancy: VACANCY,
  employment: EMPLOYMENT,
  jobseekers: JOBSEEKERS,
};

/** The value columns of a kind, in the order of its value fields in `UPLOAD_FORMATS` (the one list of them). */
export function valueColumns(format: KindFormat): readonly ColumnSpec[] {
  return UPLOAD_FORMATS[format.kind].valueFields.map((name) => {
    const spec = format.columns.find((candidate) => candidate.name === name);
    if (!spec) throw new Error(`The ${format.kind} format has no column for its value field "${name}"`);
    return spec;
  });
}
