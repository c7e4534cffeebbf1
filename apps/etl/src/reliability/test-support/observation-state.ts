import type { Pool } from 'pg';

/** What "not one row lost or half-replaced" is checked against: digests of the current figures and of every version. */
export interface ObservationState {
  /** Rows of `current_observation`: the newest version of every figure. */
  readonly currentRows: number;
  /** md5 of every current figure, in key order, with its value, reason, status and version. */
  readonly current: string;
  /** Rows of `observation`: every version ever stored. */
  readonly historyRows: number;
  readonly history: string;
  /** The newest version's id: versions stored later have higher ids. */
  readonly lastId: string;
}

const ROW = `concat_ws('|', measure_id, region_code, period_code, coalesce(value::text, '∅'), coalesce(missing_reason, '∅'), status, publication_version, published_at, run_id, id)`;

const STATE_SQL = `
  SELECT (SELECT count(*)::int FROM current_observation) AS "currentRows",
         (SELECT coalesce(md5(string_agg(${ROW}, ',' ORDER BY measure_id, region_code, period_code)), '') FROM current_observation) AS current,
         (SELECT count(*)::int FROM observation) AS "historyRows",
         (SELECT coalesce(md5(string_agg(${ROW}, ',' ORDER BY id)), '') FROM observation) AS history,
         (SELECT coalesce(max(id), 0)::text FROM observation) AS "lastId"`;

export async function observationState(pool: Pool): Promise<ObservationState> {
  const { rows } = await pool.query<ObservationState>(STATE_SQL);
  return rows[0]!;
}

/** The digest `history` had when `lastId` was the newest version: equal when every version up to it is still there, unchanged. */
export async function historyUpTo(pool: Pool, lastId: string): Promise<string> {
  const { rows } = await pool.query<{ history: string }>(
    `SELECT coalesce(md5(string_agg(${ROW}, ',' ORDER BY id)), '') AS history FROM observation WHERE id <= $1`,
    [lastId],
  );
  return rows[0]!.history;
}
