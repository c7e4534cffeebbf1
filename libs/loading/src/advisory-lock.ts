import { Client } from 'pg';

/** A held PostgreSQL advisory lock; released on `release()` or when its connection ends (a killed process). */
export interface HeldLock {
  release(): Promise<void>;
}

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Takes the advisory lock of one source, waiting at most `waitMs` for a run that holds it (0: not at all). The lock
 * lives on its own connection, so it covers the whole run across transactions and two processes (a scheduler and a
 * CLI, or two replicas) never load one source at once. Undefined when another run kept it for longer. Waiting is
 * the server's own (`lock_timeout`): no polling, and no run rows written while waiting.
 */
export async function lockSource(databaseUrl: string, source: string, waitMs = 0): Promise<HeldLock | undefined> {
  const client = new Client({ connectionString: databaseUrl, application_name: `koers-etl-lock:${source}` });
  // The lock's connection may end under a run (a terminated backend, a failover): the lock goes with it, which is
  // all PostgreSQL can do, but the run must not end the process. Each table still loads in its own transaction.
  let lost = false;
  client.on('error', () => {
    lost = true;
  });
  await client.connect();
  if (!(await acquire(client, source, waitMs))) {
    await client.end();
    return undefined;
  }
  return {
    release: async () => {
      try {
        if (!lost) await client.query(`SELECT pg_advisory_unlock(hashtext('koers-etl'), hashtext($1))`, [source]);
      } catch {
        // The connection went while unlocking: the server released the lock when it ended.
      } finally {
        await client.end().catch(() => undefined);
      }
    },
  };
}

async function acquire(client: Client, source: string, waitMs: number): Promise<boolean> {
  if (waitMs <= 0) {
    const result = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('koers-etl'), hashtext($1)) AS locked`, [
      source,
    ]);
    return result.rows[0]?.locked === true;
  }
  await client.query(`SELECT set_config('lock_timeout', $1, false)`, [`${Math.ceil(waitMs)}ms`]);
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('koers-etl'), hashtext($1))`, [source]);
    return true;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === LOCK_NOT_AVAILABLE) return false;
    throw error;
  }
}
