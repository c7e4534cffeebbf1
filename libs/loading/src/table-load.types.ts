import type { RegionLevel, SourceProvider, SourceTableStatus } from '@koers/db';
import type { EvidenceLevel, PeriodStatus } from '@koers/indicators';

/** The table being loaded, as the source describes it now. Its Modified date is the publication version. */
export interface SourceTableInput {
  readonly provider: SourceProvider;
  readonly tableId: string;
  readonly title: string;
  /** The source's Modified date (or, for files, the upload time): orders publications. */
  readonly publishedAt: Date;
  /** The publication version stored on every observation: the source's Modified date, or a file's sha256. */
  readonly publicationVersion: string;
  readonly status: SourceTableStatus;
  readonly successorTableId: string | null;
  readonly frequency: string | null;
  /** How close the figures are to CBS's own publication (`cbs` for the CBS API, `municipal` for uploads). */
  readonly evidence: EvidenceLevel;
  /** The file the figures come from, for a `file` table (its sha256 is the publication version); else null. */
  readonly file: SourceFileInput | null;
  /**
   * Store every figure under this publication version, also those equal to the current one (still counted as
   * unchanged). For versions that can be withdrawn (municipal uploads): each keeps all of its figures, so taking
   * an earlier file back cannot take away a figure a later file repeated. Default: only what changed is stored.
   */
  readonly keepEveryFigure?: boolean;
}

/** A file a table is loaded from, recorded in `source_file` with the manifest that described it. */
export interface SourceFileInput {
  readonly name: string;
  readonly sha256: string;
  readonly manifest: Readonly<Record<string, unknown>>;
}

export interface RegionInput {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
  readonly boundaryYear: number | null;
}

export interface MeasureInput {
  readonly sourceKey: string;
  /** Fixed selections on other dimensions; `{}` when none. Part of the measure's identity. */
  readonly dimensions: Readonly<Record<string, string>>;
  /** Stable name the indicator catalogue uses (several tables may share one). */
  readonly name: string;
  readonly title: string;
  readonly unit: string | null;
  readonly decimals: number | null;
}

export interface ObservationInput {
  readonly sourceKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly regionCode: string;
  readonly periodCode: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly value: number | null;
  readonly missingReason: string | null;
  readonly status: PeriodStatus;
}

export interface RejectedInput {
  /** `file.csv:row 12:m2_leeg`, or a CBS row key. */
  readonly location: string;
  readonly rawValue: string | null;
  readonly reason: string;
}

/** What is stored of a table from earlier loads, for incremental runs and drift checks. */
export interface PreviousLoad {
  readonly sourceModified: Date | null;
  /** The newest publication version of any of its observations. */
  readonly latestVersion: string | null;
  readonly measures: readonly {
    readonly sourceKey: string;
    readonly dimensions: Readonly<Record<string, string>>;
    readonly unit: string | null;
  }[];
}

/** What an adapter hands its data to, inside the table's transaction. Call in this order. */
export interface TableSink {
  /** What earlier runs stored of this table, or undefined when it was never loaded. */
  previous(provider: SourceTableInput['provider'], tableId: string): Promise<PreviousLoad | undefined>;
  table(input: SourceTableInput): Promise<void>;
  regions(regions: readonly RegionInput[]): Promise<void>;
  measures(measures: readonly MeasureInput[]): Promise<void>;
  /** Streams one batch; measures and regions must have been given first. */
  observations(batch: readonly ObservationInput[]): Promise<void>;
  reject(rows: readonly RejectedInput[]): void;
}

/** Counts of one table load, as written to its etl_run row. */
export interface LoadCounts {
  rowsRead: number;
  rowsInserted: number;
  rowsUnchanged: number;
  rowsRejected: number;
  /** Figures the run's checks flagged (range, jump, completeness): recorded in `data_check`, never fatal. */
  dataChecks: number;
}
