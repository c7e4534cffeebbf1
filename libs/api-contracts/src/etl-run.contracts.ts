import type { DataCheckKind } from '@koers/indicators';
import type { CursorPage } from './common.contracts';

/** One ETL run (`GET /etl/runs`). */
export interface EtlRunView {
  readonly id: string;
  readonly source: string;
  readonly tableId: string | null;
  readonly trigger: 'schedule' | 'cli' | 'api' | 'startup';
  readonly dryRun: boolean;
  /** @format date-time */
  readonly startedAt: string;
  /** @format date-time */
  readonly finishedAt: string | null;
  readonly durationMs: number | null;
  readonly status: 'running' | 'succeeded' | 'failed' | 'skipped';
  readonly rowsRead: number;
  readonly rowsInserted: number;
  readonly rowsUnchanged: number;
  readonly rowsRejected: number;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/** `GET /etl/runs`: newest first. */
export interface EtlRunListResponse {
  readonly data: readonly EtlRunView[];
  readonly page: CursorPage;
}

/** A row a run could not load. */
export interface RejectedRowView {
  readonly id: string;
  readonly location: string;
  readonly rawValue: string | null;
  readonly reason: string;
}

/** A figure the run's checks flagged as a possible data error (range, jump) or the missing figures (completeness). */
export interface DataCheckView {
  readonly measure: string;
  readonly region: string | null;
  readonly period: string | null;
  readonly check: DataCheckKind;
  readonly value: number | null;
  /** In the requested language. */
  readonly message: string;
}

/** `GET /etl/runs/:id`: the run with (the first 1,000 of) its rejected rows and its data checks. */
export interface EtlRunDetailResponse extends EtlRunView {
  readonly rejectedRows: readonly RejectedRowView[];
  readonly rejectedRowsTotal: number;
  readonly dataChecks: readonly DataCheckView[];
}
