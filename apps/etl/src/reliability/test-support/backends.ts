import type { Pool } from 'pg';

/** Polls until `read` gives a value; a deadline only so a broken test ends (no test asserts how long it took). */
export async function until<T>(read: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Backends of this database that wait at a shut `MergeGate` where their load writes into `observation`: its merge
 * (`INSERT INTO observation …`) or, for the first load of a table, its COPY straight into it.
 */
export async function mergesWaiting(pool: Pool): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
     WHERE datname = current_database() AND wait_event_type = 'Lock'
       AND (query LIKE '%INSERT INTO observation%' OR query LIKE 'COPY observation %') ORDER BY backend_start`,
  );
  return rows.map((row) => row.pid);
}

/**
 * Waits until `count` loads have reached their merge and wait there; gives their backends. `loads` are the runs
 * expected there: one that ends first (it failed before its merge) ends the wait with what it ended with.
 */
export function untilMergesWaiting(pool: Pool, count: number, ...loads: Promise<unknown>[]): Promise<number[]> {
  const waiting = until(async () => {
    const pids = await mergesWaiting(pool);
    return pids.length >= count ? pids : undefined;
  }, `${count} load(s) at the merge`);
  const endedFirst = loads.map((load) =>
    load.then((value) => {
      throw new Error(`a load ended before its merge: ${JSON.stringify(value)}`);
    }),
  );
  return Promise.race([waiting, ...endedFirst]);
}

/** Ends one backend's session, as an operator, a failover or a crashed server would (`pg_terminate_backend`). */
export async function terminateBackend(pool: Pool, pid: number): Promise<boolean> {
  const { rows } = await pool.query<{ done: boolean }>('SELECT pg_terminate_backend($1) AS done', [pid]);
  return rows[0]?.done === true;
}

/** Waits until a backend has ended (the backend of a killed process ends once it finds its socket closed). */
export async function untilBackendGone(pool: Pool, pid: number): Promise<void> {
  await until(
    async () => ((await pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).rowCount ? undefined : true),
    `backend ${pid} to end`,
  );
}

/** Backends of this database opened under `applicationName` (the ETL's pool: `koers-etl`; a source's lock: `koers-etl-lock:<source>`). */
export async function backendsOf(pool: Pool, applicationName: string, state?: 'idle'): Promise<number[]> {
  const { rows } = await pool.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND ($2::text IS NULL OR state = $2) AND pid <> pg_backend_pid()`,
    [applicationName, state ?? null],
  );
  return rows.map((row) => row.pid);
}
