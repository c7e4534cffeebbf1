import type { LocalizedText } from './text.types';
import type { MeasureName } from './measure-name.types';

/** Units of measures and indicators. Display labels are the dashboard's business. */
export type Unit =
  | 'count'
  | 'percent'
  | 'percentage-points'
  | 'm3'
  | 'kwh'
  | 'eur-thousand'
  | 'km'
  | 'ha'
  | 'm2'
  | 'per-1000'
  | 'per-household'
  | 'index-0-1';

/**
 * How sure we are that a CBS key exists as written:
 * - `verified`: seen in a DataProperties / MeasureCodes / codes file under /work/shared/data;
 * - `reference-notes`: from the research notes (cbs-odata-api.md, tagged [T] there);
 * - `third-party`: seen in public third-party code only. The ETL must confirm it against DataProperties.
 */
export type KeyEvidence = 'verified' | 'reference-notes' | 'third-party';

/** One CBS table and the key of the measure in it. */
export interface CbsTableRef {
  readonly tableId: string;
  /** `v3` topic key (e.g. `AantalInwoners_5`) or `v4` measure code (e.g. `T001036`). */
  readonly api: 'v3' | 'v4';
  readonly key: string;
  /** StatLine catalogue; `RIVM` tables live in the third-party (dataderden) catalogue. Default `CBS`. */
  readonly catalog?: 'CBS' | 'RIVM';
  /** The years this table covers, for tables published once per year (KWB). Absent = a multi-year table. */
  readonly years?: readonly number[];
  /** Other dimensions fixed at these codes (their totals, usually). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** Sum the observations over these codes of one dimension (e.g. single years of age 15–74). */
  readonly sumOver?: { readonly dimension: string; readonly codes: readonly string[] };
  readonly evidence: KeyEvidence;
  /** Discontinued tables name their successor. */
  readonly successor?: string;
  readonly note?: string;
}

/**
 * Upload kinds. `vacancy`, `employment` and `jobseekers` are specified in issue #5; `climate` and `municipal-kpi`
 * are proposed here (research notes §5.2) and still need a format in the upload issue.
 */
export type UploadKind = 'vacancy' | 'employment' | 'jobseekers' | 'climate' | 'municipal-kpi';

/** A measure loaded from CBS. `tables` are in order of preference when two tables give the same period. */
export interface CbsMeasureSource {
  readonly kind: 'cbs';
  readonly tables: readonly CbsTableRef[];
}

/** A measure that the municipality uploads (issue #5): one column of one upload kind, with row filters. */
export interface UploadMeasureSource {
  readonly kind: 'municipal-upload';
  readonly uploadKind: UploadKind;
  /** The value column, e.g. `m2_leeg`. */
  readonly field: string;
  /** Row selection, e.g. `{ functie: 'kantoor' }` or `{ sbi: 'J' }`. */
  readonly filter: Readonly<Record<string, string>>;
  /** Who produces the file, e.g. "LISA", "BAG/IMVG", "UWV". */
  readonly producer: string;
}

/** Where a measure comes from. */
export type MeasureSource = CbsMeasureSource | UploadMeasureSource;

/**
 * A stable measure: the contract between the ETL (which maps CBS keys and upload columns onto these names) and
 * the indicators (whose inputs are these names).
 */
export interface MeasureDefinition {
  readonly name: MeasureName;
  readonly title: LocalizedText;
  readonly unit: Unit;
  readonly decimals: number;
  readonly source: MeasureSource;
  readonly note?: LocalizedText;
}
