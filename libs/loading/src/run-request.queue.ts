import { Pool } from 'pg';
import type { RunRequestStatus } from '@koers/db';
import type { TableRunResult } from './source-runner';

/** The channel the API notifies when it queues a run, so the ETL starts it at once instead of at its next poll. */
export const RUN_REQUEST_CHANNEL = 'koers_run_request';

export interface RunRequestInput {
  readonly source: string;
  readonly tableId: string | null;
  readonly options: Readonly<Record<string, string>>;
  readonly requestedBy: string;
}

export interface RunRequest extends RunRequestInput {
  readonly id: string;
  readonly requestedAt: Date;
  readonly status: RunRequestStatus;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly runIds: readonly string[];
  readonly errorMessage: string | null;
}

interface Row {
  id: string;
  source: string;
  table_id: string | null;
  options: Record<string, string>;
  requested_by: string;
  requested_at: Date;
  status: RunRequestStatus;
  started_at: Date | null;
  finished_at: Date | null;
  run_ids: string[];
  error_message: string | null;
}

const toRequest = (row: Row): RunRequest => ({
  id: row.id,
  source: row.source,
  tableId: row.table_id,
  options: row.options,
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  status: row.status,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  runIds: row.run_ids,
  errorMessage: row.error_message,
});

/**
 * Runs asked for through the API: queued in `run_request`, taken one at a time by the ETL process (SKIP LOCKED,
 * so two ETL processes never take the same request) and finished with the etl_run rows they produced.
 */
export class RunRequestQueue {
  constructor(private readonly pool: Pool) {}

  async enqueue(input: RunRequestInput): Promise<RunRequest> {
    const { rows } = await this.pool.query<Row>(
      `WITH queued AS (
         INSERT INTO run_request (source, table_id, options, requested_by) VALUES ($1, $2, $3, $4) RETURNING *
       ), notified AS (SELECT pg_notify($5, (SELECT id::text FROM queued)))
       SELECT queued.* FROM queued, notified`,
      [input.source, input.tableId, JSON.stringify(input.options), input.requestedBy, RUN_REQUEST_CHANNEL],
    );
    return toRequest(rows[0]!);
  }

  async get(id: string): Promise<RunRequest | undefined> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM run_request WHERE id = $1`, [id]);
    return rows[0] ? toRequest(rows[0]) : undefined;
  }

  /** The most recent requests, newest first. */
  async recent(limit: number): Promise<RunRequest[]> {
    const { rows } = await this.pool.query<Row>(`SELECT * FROM run_request ORDER BY id DESC LIMIT $1`, [limit]);
    return rows.map(toRequest);
  }

  /** Takes the oldest queued request, marking it running; undefined when none waits. */
  async claimNext(): Promise<RunRequest | undefined> {
    const { rows } = await this.pool.query<Row>(
      `UPDATE run_request SET status = 'running', started_at = now()
       WHERE id = (SELECT id FROM run_request WHERE status = 'queued' ORDER BY requested_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING *`,
    );
    return rows[0] ? toRequest(rows[0]) : undefined;
  }

  /** Finishes a request with the table runs of its run and the runs its source recorded itself (`onRun`). */
  async complete(id: string, results: readonly TableRunResult[], ownRunIds: readonly string[] = []): Promise<void> {
    const failed = results.filter((result) => result.status === 'failed');
    const message = failed.length
      ? failed.map((result) => `${result.tableId ?? ''} ${result.errorCode}: ${result.errorMessage}`.trim()).join('; ')
      : null;
    await this.pool.query(
      `UPDATE run_request SET status = $2, finished_at = now(), run_ids = $3::bigint[], error_message = $4 WHERE id = $1`,
      [id, failed.length ? 'failed' : 'done', [...results.map((result) => result.runId), ...ownRunIds], message],
    );
  }

  async fail(id: string, message: string): Promise<void> {
    await this.pool.query(`UPDATE run_request SET status = 'failed', finished_at = now(), error_message = $2 WHERE id = $1`, [id, message]);
  }
}
