import { Pool } from 'pg';
import type { RunStatus, RunTrigger } from '@koers/db';
import { abandonedCause } from './run-cause';
import { LoadCounts, RejectedInput } from './table-load.types';

export interface RunStart {
  readonly source: string;
  readonly tableId: string | null;
  readonly trigger: RunTrigger;
  readonly dryRun: boolean;
}

export interface RunEnd extends LoadCounts {
  readonly status: Exclude<RunStatus, 'running'>;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/** The etl_run bookkeeping. Written outside the load transaction, so a failed load still leaves its record. */
export class RunLog {
  constructor(private readonly db: Pool) {}

  async start(run: RunStart): Promise<string> {
    const result = await this.db.query<{ id: string }>(
      `INSERT INTO etl_run (source, table_id, trigger, dry_run) VALUES ($1, $2, $3, $4) RETURNING id`,
      [run.source, run.tableId, run.trigger, run.dryRun],
    );
    return result.rows[0]!.id;
  }

  /**
   * Runs of this source still marked running while we hold its lock were left by a process that died (a kill
   * mid-table): their transaction never committed, so nothing of them was stored. Say so in their rows.
   */
  async abandonStale(source: string): Promise<number> {
    const { code, message } = abandonedCause();
    const result = await this.db.query(
      `UPDATE etl_run SET status = 'failed', finished_at = now(), error_code = $2, error_message = $3
       WHERE source = $1 AND status = 'running'`,
      [source, code, message],
    );
    return result.rowCount ?? 0;
  }

  /** Sources with runs still marked running (by a live process, or by one that died). */
  async sourcesRunning(): Promise<string[]> {
    const { rows } = await this.db.query<{ source: string }>(
      `SELECT DISTINCT source FROM etl_run WHERE status = 'running' ORDER BY source`,
    );
    return rows.map((row) => row.source);
  }

  async finish(runId: string, end: RunEnd): Promise<void> {
    await this.db.query(
      `UPDATE etl_run SET finished_at = now(), status = $2, rows_read = $3, rows_inserted = $4, rows_unchanged = $5,
         rows_rejected = $6, error_code = $7, error_message = $8 WHERE id = $1`,
      [runId, end.status, end.rowsRead, end.rowsInserted, end.rowsUnchanged, end.rowsRejected, end.errorCode, end.errorMessage],
    );
  }

  async rejected(runId: string, rows: readonly RejectedInput[]): Promise<void> {
    // In slices: one statement per 1,000 rows keeps the parameter count far below PostgreSQL's limit.
    for (let start = 0; start < rows.length; start += 1000) {
      const slice = rows.slice(start, start + 1000);
      const values = slice.map((_, i) => `($1, $${i * 3 + 2}, $${i * 3 + 3}, $${i * 3 + 4})`).join(', ');
      const params = slice.flatMap((row) => [row.location, row.rawValue, row.reason]);
      await this.db.query(`INSERT INTO rejected_row (run_id, location, raw_value, reason) VALUES ${values}`, [runId, ...params]);
    }
  }
}
