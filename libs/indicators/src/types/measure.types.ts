import type { UploadKind } from './upload-kind.types';
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

/**
 * How close a stored figure is to CBS's own publication, from closest to furthest:
 * - `cbs`: a CBS OData response (live, or recorded byte for byte);
 * - `cbs-export`: a StatLine export as CBS gave it (also when it reached us through someone's repository unchanged
 *   but for whole rows or title lines dropped);
 * - `third-party`: a file someone else derived from CBS data (renamed, reshaped or converted); the values are
 *   CBS's, the file is not;
 * - `transcribed`: figures typed over from a CBS publication;
 * - `municipal`: the municipality's own uploaded file.
 */
export const EVIDENCE_LEVELS = ['cbs', 'cbs-export', 'third-party', 'transcribed', 'municipal'] as const;

/** One of {@link EVIDENCE_LEVELS}. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** The evidence levels a bundled or analyst file may declare in its manifest. */
export type FileEvidenceLevel = Exclude<EvidenceLevel, 'cbs' | 'municipal'>;

/** What a table reference shares, whether Koers reads the table from the CBS API or from a file. */
interface TableRefBase {
  readonly tableId: string;
  /** The years this table (or file) covers. Absent = a multi-year table read whole. */
  readonly years?: readonly number[];
  /** Other dimensions fixed at these codes (their totals, usually). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** The stored value × scale is the figure in the measure's unit (81402ned publishes jobs in thousands: 1000). */
  readonly scale?: number;
  /**
   * The definition family of the figures, when it differs from the measure's other tables (e.g. employee jobs in
   * December against LISA's jobs). Figures of different definitions are never spliced silently: the series
   * shows a break where the definition changes. Absent = the measure's own definition.
   */
  readonly definition?: string;
  readonly note?: string;
}

/** One CBS table read through the OData API, and the key of the measure in it. */
export interface CbsTableRef extends TableRefBase {
  /** `v3` topic key (e.g. `AantalInwoners_5`) or `v4` measure code (e.g. `T001036`). */
  readonly api: 'v3' | 'v4';
  readonly key: string;
  /** StatLine catalogue; `RIVM` tables live in the third-party (dataderden) catalogue. Default `CBS`. */
  readonly catalog?: 'CBS' | 'RIVM';
  /** Sum the observations over these codes of one dimension (e.g. single years of age 15–74). */
  readonly sumOver?: { readonly dimension: string; readonly codes: readonly string[] };
  readonly evidence: KeyEvidence;
  /** Discontinued tables name their successor. */
  readonly successor?: string;
}

/**
 * A table Koers reads from a file: a StatLine export or a third-party file, described by its manifest in
 * `data/snapshot/files/` (which column feeds which measure is said there, once).
 */
export interface FileTableRef extends TableRefBase {
  readonly api: 'file';
  readonly years: readonly number[];
  readonly evidence: FileEvidenceLevel;
}

/** A table that holds a measure. */
export type TableRef = CbsTableRef | FileTableRef;

/**
 * A measure loaded from CBS tables. `tables` are in order of preference when two tables give the same period; a
 * table that has no value for a period leaves it to the next table that has one.
 */
export interface CbsMeasureSource {
  readonly kind: 'cbs';
  readonly tables: readonly TableRef[];
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
  /**
   * CBS tables with figures of a related definition, used for the periods no uploaded file covers (after the
   * upload in preference). Their `definition` differs from the upload's, so the series shows the break.
   */
  readonly tables?: readonly TableRef[];
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
  /** The precision the sources publish the measure in: a change smaller than half a step is no change. */
  readonly decimals: number;
  readonly source: MeasureSource;
  /** Values outside this range, or jumps beyond it, are possible data errors (defaults by unit). */
  readonly plausible?: PlausibleRange;
  /**
   * Years from which the source changed the measure's definition (whatever the table): figures before and after
   * are not compared, and the series shows the break.
   */
  readonly definitionChanges?: readonly { readonly fromYear: number; readonly note: LocalizedText }[];
  readonly note?: LocalizedText;
}

/**
 * What values of a measure are plausible: checked when a table is loaded (recorded with the run) and before a
 * figure counts in a verdict. A figure outside is flagged as a possible data error, never credited as progress.
 */
export interface PlausibleRange {
  readonly min?: number;
  readonly max?: number;
  /** The largest believable change from one year to the next, as a fraction of the earlier value (0.1 = 10%). */
  readonly maxYearlyChange?: number;
}
