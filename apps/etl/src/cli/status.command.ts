import { INestApplicationContext } from '@nestjs/common';
import { Pool } from 'pg';
import { type CliArguments, type CliCommand, type CliOutput, stringFlag } from '@koers/cli';
import { SourceRunner } from '@koers/loading';
import { PG_POOL } from '@koers/db/nest';

interface RunRow {
  id: string;
  source: string;
  table_id: string | null;
  trigger: string;
  dry_run: boolean;
  started_at: Date;
  finished_at: Date | null;
  status: string;
  rows_read: number;
  rows_inserted: number;
  rows_unchanged: number;
  rows_rejected: number;
  error_code: string | null;
  error_message: string | null;
}

function formatRun(run: RunRow): string {
  const seconds = run.finished_at ? ((run.finished_at.getTime() - run.started_at.getTime()) / 1000).toFixed(1) + ' s' : 'running';
  const what = `${run.source}${run.table_id ? ` ${run.table_id}` : ''}${run.dry_run ? ' (dry run)' : ''}`;
  const counts = `read ${run.rows_read}, inserted ${run.rows_inserted}, unchanged ${run.rows_unchanged}, rejected ${run.rows_rejected}`;
  const error = run.error_code ? `\n      ${run.error_code}: ${run.error_message ?? ''}` : '';
  return `#${run.id}  ${run.started_at.toISOString()}  ${run.status.padEnd(9)}  ${what}  [${run.trigger}, ${seconds}]  ${counts}${error}`;
}

/** `status [--limit N] [--source ID]`: the most recent runs with their counts and errors. */
export const statusCommand: CliCommand<INestApplicationContext> = {
  name: 'status',
  usage: 'status [--limit N] [--source ID]',
  summary: 'recent runs with their counts and errors',
  switches: [],
  valueOptions: ['limit', 'source'],
  async run(app: INestApplicationContext, args: CliArguments, out: CliOutput): Promise<number> {
    const limit = Number(stringFlag(args, 'limit') ?? '20');
    if (!Number.isInteger(limit) || limit < 1) throw new Error('--limit must be a whole number of at least 1');
    const source = stringFlag(args, 'source') ?? null;
    // A run a killed process left as running is shown as what it is: abandoned, nothing of it stored.
    await app.get(SourceRunner).settleAbandonedRuns();
    const pool = app.get<Pool>(PG_POOL);
    const { rows } = await pool.query<RunRow>(
      `SELECT * FROM etl_run WHERE ($1::text IS NULL OR source = $1) ORDER BY started_at DESC, id DESC LIMIT $2`,
      [source, limit],
    );
    if (rows.length === 0) out.line('No runs yet.');
    for (const run of rows) out.line(formatRun(run));
    return 0;
  },
};
