import { Inject, Injectable } from '@nestjs/common';
import type {
  ApiLanguage,
  DataCheckView,
  EtlRunDetailResponse,
  EtlRunListResponse,
  EtlRunView,
  RejectedRowView,
} from '@koers/api-contracts';
import { RUNNABLE_SOURCE_IDS } from '@koers/loading';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import { EtlRunsException } from './etl-runs.exception';

interface RunRow extends Omit<EtlRunView, 'startedAt' | 'finishedAt' | 'durationMs'> {
  startedAt: Date;
  finishedAt: Date | null;
}

const COLUMNS = `id, source, table_id AS "tableId", trigger, dry_run AS "dryRun", started_at AS "startedAt",
  finished_at AS "finishedAt", status, rows_read AS "rowsRead", rows_inserted AS "rowsInserted",
  rows_unchanged AS "rowsUnchanged", rows_rejected AS "rowsRejected", error_code AS "errorCode", error_message AS "errorMessage"`;

const LIST_SQL = `SELECT ${COLUMNS} FROM etl_run
  WHERE ($1::text IS NULL OR source = $1) AND ($2::text IS NULL OR status = $2) AND ($3::bigint IS NULL OR id < $3)
  ORDER BY id DESC LIMIT $4`;
const ONE_SQL = `SELECT ${COLUMNS} FROM etl_run WHERE id = $1`;
const SOURCE_RUN_SQL = `SELECT 1 FROM etl_run WHERE source = $1 LIMIT 1`;
const REJECTED_SQL = `SELECT id, location, raw_value AS "rawValue", reason FROM rejected_row WHERE run_id = $1 ORDER BY id LIMIT $2`;
const REJECTED_COUNT_SQL = `SELECT count(*)::int AS total FROM rejected_row WHERE run_id = $1`;
const CHECKS_SQL = `
  SELECT measure_name AS measure, region_code AS region, period_code AS period, check_kind AS "check", value::float8 AS value,
         CASE WHEN $2 = 'en' THEN message_en ELSE message_nl END AS message
  FROM data_check WHERE run_id = $1 ORDER BY id LIMIT $3`;

const REJECTED_SHOWN = 1_000;

function view(row: RunRow): EtlRunView {
  return {
    ...row,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    durationMs: row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
  };
}

/** The run log: newest first, and one run with the rows it rejected. */
@Injectable()
export class EtlRunsService {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async list(filter: { source?: string; status?: string; cursor?: string; limit: number }): Promise<EtlRunListResponse> {
    const { rows } = await this.pool.query<RunRow>(LIST_SQL, [
      filter.source ?? null,
      filter.status ?? null,
      filter.cursor ?? null,
      filter.limit + 1,
    ]);
    if (rows.length === 0 && filter.source !== undefined) await this.assertKnownSource(filter.source);
    const data = rows.slice(0, filter.limit).map(view);
    const nextCursor = rows.length > filter.limit ? (data.at(-1)?.id ?? null) : null;
    return { data, page: { limit: filter.limit, nextCursor } };
  }

  /**
   * A source is known when the ETL registers it or a run of it is recorded (uploads run as municipal-file, the
   * benchmark as bench): a known source without runs gives an empty list, an unknown one 404 naming it.
   */
  private async assertKnownSource(source: string): Promise<void> {
    if ((RUNNABLE_SOURCE_IDS as readonly string[]).includes(source)) return;
    if ((await this.pool.query(SOURCE_RUN_SQL, [source])).rowCount === 0)
      throw EtlRunsException.sourceNotFound(source, RUNNABLE_SOURCE_IDS);
  }

  /** One run; `id` is a bigint as text (the DTO checked its range). */
  async detail(id: string, lang: ApiLanguage = 'nl'): Promise<EtlRunDetailResponse> {
    const { rows } = await this.pool.query<RunRow>(ONE_SQL, [id]);
    if (rows.length === 0) throw EtlRunsException.notFound(id);
    const rejected = await this.pool.query<RejectedRowView>(REJECTED_SQL, [id, REJECTED_SHOWN]);
    const count = await this.pool.query<{ total: number }>(REJECTED_COUNT_SQL, [id]);
    const checks = await this.pool.query<DataCheckView>(CHECKS_SQL, [id, lang, REJECTED_SHOWN]);
    return { ...view(rows[0]!), rejectedRows: rejected.rows, rejectedRowsTotal: count.rows[0]?.total ?? 0, dataChecks: checks.rows };
  }
}
