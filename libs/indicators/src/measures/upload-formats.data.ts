import { SBI_SECTIONS } from '../types/measure-name.types';
import type { UploadKind } from '../types/measure.types';

/** The value columns and row filters of one upload kind, so the measure catalogue can be checked against it. */
export interface UploadFormat {
  readonly kind: UploadKind;
  /** `specified`: the format is in issue #5; `proposed`: needs a format there before data can arrive. */
  readonly status: 'specified' | 'proposed';
  readonly valueFields: readonly string[];
  /** Filter column → allowed values; `null` = free text (e.g. a Klimaatmonitor indicator code). */
  readonly filters: Readonly<Record<string, readonly string[] | null>>;
}

/** Upload formats by kind (issue #5; `climate` and `municipal-kpi` after the research notes §5.2). */
export const UPLOAD_FORMATS: Readonly<Record<UploadKind, UploadFormat>> = {
  vacancy: {
    kind: 'vacancy',
    status: 'specified',
    valueFields: ['objecten_totaal', 'objecten_leeg', 'm2_totaal', 'm2_leeg', 'leeg_langer_dan_1_jaar_m2'],
    filters: { functie: ['kantoor', 'winkel', 'woning', 'bedrijf', 'overig'] },
  },
  employment: {
    kind: 'employment',
    status: 'specified',
    valueFields: ['vestigingen', 'banen_totaal', 'banen_voltijd', 'banen_deeltijd'],
    filters: { sbi: [...SBI_SECTIONS, 'TOTAAL'] },
  },
  jobseekers: {
    kind: 'jobseekers',
    status: 'specified',
    valueFields: ['aantal'],
    filters: { maatstaf: ['NWW', 'GWU', 'WW'] },
  },
  climate: {
    kind: 'climate',
    status: 'proposed',
    valueFields: ['waarde'],
    filters: { indicator_code: null },
  },
  'municipal-kpi': {
    kind: 'municipal-kpi',
    status: 'proposed',
    valueFields: ['waarde'],
    filters: { indicator_code: null },
  },
};
