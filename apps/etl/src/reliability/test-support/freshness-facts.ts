import type { Pool } from 'pg';

/**
 * The facts `GET /api/v1/sources` derives a table's freshness from (apps/api/src/sources/sources.service.ts, which the
 * ETL may not import): the table's status and the source's Modified date as stored, and its last successful run
 * that was not a dry run. Read with the same rule, so a test sees what the API would show.
 */
export interface FreshnessFacts {
  readonly status: 'active' | 'discontinued';
  readonly sourceModified: string | null;
  readonly lastSuccessfulRunId: string | null;
}

const FACTS_SQL = `
  SELECT st.status, st.source_modified AS "sourceModified", r.id AS "lastSuccessfulRunId"
  FROM source_table st
  LEFT JOIN LATERAL (
    SELECT id, finished_at FROM etl_run
    WHERE lower(table_id) = lower(st.table_id) AND status = 'succeeded' AND NOT dry_run
    ORDER BY finished_at DESC NULLS LAST, id DESC LIMIT 1
  ) r ON true
  WHERE lower(st.table_id) = lower($1)`;

export async function freshnessFacts(pool: Pool, tableId: string): Promise<FreshnessFacts> {
  const { rows } = await pool.query<{ status: FreshnessFacts['status']; sourceModified: Date | null; lastSuccessfulRunId: string | null }>(
    FACTS_SQL,
    [tableId],
  );
  const row = rows[0];
  if (!row) throw new Error(`no source_table row for ${tableId}`);
  return { status: row.status, sourceModified: row.sourceModified?.toISOString() ?? null, lastSuccessfulRunId: row.lastSuccessfulRunId };
}
