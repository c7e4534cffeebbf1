import type { MeasureSeriesMap } from '../compute/align.compute';
import { MEASURES } from '../measures/measure.catalogue';
import { formatPeriod } from '../periods/period-format';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { MeasureName } from '../types/measure-name.types';
import type { CbsTableRef } from '../types/measure.types';
import { type UploadKind, isSpecifiedUploadKind } from '../types/upload-kind.types';
import { tableRefsOf } from '../sources/catalogue-tables';
import type { GuardCode, ProgressResult } from '../types/progress.types';
import { GUARD_TEXT } from '../compute/progress/status-labels.data';
import type { Series } from '../types/series.types';
import type { LocalizedText } from '../types/text.types';

/** What an indicator shows for a region: a verdict on real figures, real figures only, only voorbeelddata, or nothing. */
export type CoverageKind = 'verdict' | 'real' | 'demo-only' | 'none';

/** A figure that an adopted edition has not filled in yet. `T` is the text: both languages here, one in a view. */
export interface NotFilledInEditionReason<T = LocalizedText> {
  readonly code: 'not-filled-in-edition';
  readonly measure: MeasureName;
  readonly tables: readonly string[];
  readonly text: T;
}

/** A table the next run loads. */
export interface LoadsNextRunReason<T = LocalizedText> {
  readonly code: 'loads-next-run';
  readonly measure: MeasureName;
  readonly tableId: string;
  readonly catalog: 'CBS' | 'RIVM';
  readonly text: T;
}

/** A figure only the municipality's own file gives. */
export interface MunicipalFileNeededReason<T = LocalizedText> {
  readonly code: 'municipal-file-needed';
  readonly measure: MeasureName;
  readonly uploadKind: UploadKind;
  readonly formatAgreed: boolean;
  readonly text: T;
}

/** An input without a figure for a period. */
export interface InputMissingReason<T = LocalizedText> {
  readonly code: 'input-missing';
  readonly measure: MeasureName;
  readonly period: string;
  readonly text: T;
}

/** Only illustrative figures (voorbeelddata). */
export interface OnlyDemoReason<T = LocalizedText> {
  readonly code: 'only-demo';
  readonly measure: MeasureName | null;
  readonly uploadKind: UploadKind | null;
  readonly text: T;
}

/** Why a figure is missing, and what would fill it; `T` is the text (both languages, or one in a view). */
export type EmptyReason<T = LocalizedText> =
  | NotFilledInEditionReason<T>
  | LoadsNextRunReason<T>
  | MunicipalFileNeededReason<T>
  | InputMissingReason<T>
  | OnlyDemoReason<T>;

/** What an indicator shows for a region, and why not more. */
export interface IndicatorCoverage {
  readonly kind: CoverageKind;
  /** Empty when the indicator has a verdict; else the reasons, one per input that holds it back. */
  readonly reasons: readonly EmptyReason[];
}

const title = (measure: MeasureName) => MEASURES[measure].title;

/** A title inside a sentence: its first letter lower case, unless it starts an abbreviation ("SBI", "UWV"). */
function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function firstOdataTable(measure: MeasureName): CbsTableRef | null {
  return tableRefsOf(MEASURES[measure]).find((t): t is CbsTableRef => t.api !== 'file') ?? null;
}

function uploadReason(measure: MeasureName, kind: UploadKind): EmptyReason {
  const agreed = isSpecifiedUploadKind(kind);
  const t = title(measure);
  return {
    code: 'municipal-file-needed',
    measure,
    uploadKind: kind,
    formatAgreed: agreed,
    text: agreed
      ? { nl: `${t.nl} komt uit een bestand van de gemeente. Lever dat aan met het sjabloon "${kind}".`, en: `${t.en} comes from a file of the municipality. Upload it with the "${kind}" template.` }
      : { nl: `${t.nl} komt uit een bestand van de gemeente, maar het formaat daarvan is nog niet afgesproken.`, en: `${t.en} comes from a file of the municipality, but its format has not been agreed yet.` },
  };
}

/** Why a measure has no series at all for the region. */
function absentReason(measure: MeasureName): EmptyReason {
  const source = MEASURES[measure].source;
  if (source.kind === 'municipal-upload') return uploadReason(measure, source.uploadKind);
  const table = firstOdataTable(measure);
  const t = title(measure);
  if (table === null) {
    return { code: 'not-filled-in-edition', measure, tables: [], text: { nl: `${t.nl}: de bijgeleverde bestanden hebben hier geen cijfer.`, en: `${t.en}: the bundled files have no figure here.` } };
  }
  return {
    code: 'loads-next-run',
    measure,
    tableId: table.tableId,
    catalog: table.catalog ?? 'CBS',
    text: {
      nl: `${t.nl} komt uit CBS-tabel ${table.tableId}. Die wordt bij de volgende nachtelijke run geladen, zodra Koers CBS kan bereiken.`,
      en: `${t.en} comes from CBS table ${table.tableId}. It loads at the next nightly run, once Koers can reach CBS.`,
    },
  };
}

function valued(series: Series | undefined, real: boolean): Series['points'] {
  return (series?.points ?? []).filter((p) => p.value !== null && (!real || p.demo !== true));
}

/** Why an input that is there gives no figure: its table's edition left it empty, or only voorbeelddata. */
function presentReason(measure: MeasureName, series: Series): EmptyReason | null {
  if (valued(series, true).length > 0) return null;
  const t = title(measure);
  if (valued(series, false).length > 0) {
    const source = MEASURES[measure].source;
    const needed = source.kind === 'municipal-upload' ? uploadReason(measure, source.uploadKind).text : null;
    return {
      code: 'only-demo',
      measure,
      uploadKind: source.kind === 'municipal-upload' ? source.uploadKind : null,
      text: {
        nl: `${t.nl}: er zijn alleen voorbeelddata, en die tellen niet mee.${needed ? ` ${needed.nl}` : ''}`,
        en: `${t.en}: there are only example data, and they do not count.${needed ? ` ${needed.en}` : ''}`,
      },
    };
  }
  const tables = [...new Set(series.points.flatMap((p) => p.sources ?? []).map((s) => s.split(':').slice(1).join(':')))];
  const years = series.points.map((p) => p.year).sort((a, b) => a - b);
  const span = years.length === 0 ? '' : years[0] === years.at(-1) ? `${years[0]}` : `${years[0]}–${years.at(-1)}`;
  return {
    code: 'not-filled-in-edition',
    measure,
    tables,
    text: {
      nl: `${t.nl}: de tabel ${tables.join(', ')} (${span}) heeft dit cijfer nog niet ingevuld. CBS vult het later aan.`,
      en: `${t.en}: table ${tables.join(', ')} (${span}) has not filled in this figure yet. CBS adds it later.`,
    },
  };
}

/** For a derived figure whose inputs are all there but never in the same period: the input missing most recently. */
function noOverlapReason(indicator: IndicatorDefinition, inputs: MeasureSeriesMap, computed: Series): EmptyReason | null {
  const latest = [...computed.points].reverse().find((p) => (p.missingInputs?.length ?? 0) > 0);
  if (latest === undefined) return null;
  const missing = indicator.inputs.find((m) => latest.missingInputs!.some((label) => label === m || label.startsWith(`${m}:`) || label.startsWith(`${m}@`)));
  if (missing === undefined) return null;
  const years = valued(inputs[missing], true).map((p) => p.year);
  const t = title(missing);
  const period = formatPeriod(latest.period, 'nl');
  const have = years.length === 0 ? null : `${Math.min(...years)}–${Math.max(...years)}`;
  return {
    code: 'input-missing',
    measure: missing,
    period: latest.period,
    text: {
      nl: `Voor ${period} ontbreekt ${inSentence(t.nl)}${have ? `; die cijfers zijn er voor ${have}` : ''}. Zonder dat cijfer is deze waarde niet te berekenen.`,
      en: `For ${formatPeriod(latest.period, 'en')} the ${inSentence(t.en)} is missing${have ? `; those figures cover ${have}` : ''}. Without it this value cannot be computed.`,
    },
  };
}

/** Guards that stop a judgement, in the order a reader should hear them. */
const BLOCKING_GUARDS: readonly GuardCode[] = [
  'only-demo-data',
  'possible-data-error',
  'flow-gap',
  'no-data-since-base-year',
  'fewer-than-two-points',
  'sign-change',
  'target-sign-change',
  'required-growth-zero',
  'target-year-not-after-base',
];

/** One line on why an indicator with real figures has no verdict (null when it has one or none applies). */
export function whyNoVerdict(progress: ProgressResult): LocalizedText | null {
  if (progress.status !== 'not_available') return null;
  const guard = BLOCKING_GUARDS.find((code) => progress.explanation.guards.includes(code));
  return guard === undefined ? null : GUARD_TEXT[guard];
}

/**
 * What an indicator shows for one region, and in plain words why not more: per input the true reason (the CBS
 * variable is not filled in that table edition; the table loads at the next run; the municipality's file is
 * needed; only voorbeelddata; or, for a derived figure, an input missing in the periods of the others).
 */
export function indicatorCoverage(indicator: IndicatorDefinition, inputs: MeasureSeriesMap, computed: Series, progress: ProgressResult): IndicatorCoverage {
  const verdict = progress.basis === 'real' && progress.status !== 'not_available' && progress.status !== 'no_data';
  const real = valued(computed, true).length > 0;
  const demo = !real && valued(computed, false).length > 0;
  const kind: CoverageKind = verdict ? 'verdict' : real ? 'real' : demo ? 'demo-only' : 'none';
  if (kind === 'verdict') return { kind, reasons: [] };
  const reasons = indicator.inputs.flatMap((measure) => {
    const series = inputs[measure];
    const reason = series === undefined || series.points.length === 0 ? absentReason(measure) : presentReason(measure, series);
    return reason === null ? [] : [reason];
  });
  if (reasons.length === 0 && !real) {
    const overlap = noOverlapReason(indicator, inputs, computed);
    if (overlap) reasons.push(overlap);
  }
  return { kind, reasons };
}
