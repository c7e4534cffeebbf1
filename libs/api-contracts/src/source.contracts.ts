import type { EvidenceLevel, MeasureName } from '@koers/indicators';

/**
 * How current a table is, from its publication frequency: `fresh` before the next expected release, `due` within
 * a grace period after it, `overdue` beyond that; `unknown` without a frequency or date, `discontinued` for a
 * table CBS stopped, `not_loaded` for a table the catalogue reads that was never loaded.
 */
export type Freshness = 'fresh' | 'due' | 'overdue' | 'unknown' | 'discontinued' | 'not_loaded';

/** One table of one source (`GET /sources`). */
export interface SourceTableView {
  readonly provider: string;
  readonly tableId: string;
  readonly title: string | null;
  /** As the source states it (`Per jaar`, `Perkwartaal`, `Onregelmatig`, …). */
  readonly frequency: string | null;
  readonly status: 'active' | 'discontinued' | null;
  readonly successorTableId: string | null;
  /**
   * The source's own Modified date of the table, as last seen.
   * @format date-time
   */
  readonly sourceModified: string | null;
  readonly lastSuccessfulRun: {
    readonly id: string;
    /** @format date-time */
    readonly finishedAt: string;
  } | null;
  readonly freshness: Freshness;
  /** @format date-time */
  readonly nextExpectedRelease: string | null;
  /** The catalogue measures read from this table. */
  readonly measures: readonly MeasureName[];
  /** How close the figures are to CBS's own publication; null for a table never loaded. */
  readonly evidence: EvidenceLevel | null;
}

/** One source with its tables: CBS's API, files (StatLine exports and third-party files), the municipality's uploads. */
export interface SourceView {
  readonly source: 'cbs' | 'files' | 'municipal-upload';
  readonly title: string;
  readonly tables: readonly SourceTableView[];
}

/** `GET /sources`. */
export interface SourceListResponse {
  /** @format date-time */
  readonly checkedAt: string;
  readonly data: readonly SourceView[];
}
