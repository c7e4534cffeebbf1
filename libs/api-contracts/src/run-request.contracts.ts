/** `POST /etl/runs` body: which source (and optionally which table of it) to run now. */
export interface RunRequestBody {
  readonly source: string;
  readonly table?: string;
}

/**
 * A run asked for through the API (`POST /etl/runs` → 202, `GET /etl/requests/:id`). The ETL process takes it
 * within seconds; `runIds` are the etl_run rows it produced, readable at `GET /etl/runs/:id`.
 */
export interface RunRequestView {
  readonly id: string;
  readonly source: string;
  readonly tableId: string | null;
  readonly requestedBy: string;
  /** @format date-time */
  readonly requestedAt: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  /** @format date-time */
  readonly startedAt: string | null;
  /** @format date-time */
  readonly finishedAt: string | null;
  readonly runIds: readonly string[];
  readonly errorMessage: string | null;
}

/** `GET /etl/requests`: newest first. */
export interface RunRequestListResponse {
  readonly data: readonly RunRequestView[];
}
