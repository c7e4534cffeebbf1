import { Client } from 'pg';

/** A held PostgreSQL advisory lock; released on `release()` or when its connection ends (a killed process). */
export interface HeldLock {
  release(): Promise<void>;
}

/**
 * Tries to take the advisory lock of one source. The lock lives on its own connection, so it covers the whole
 * run across transactions and two processes (a scheduler and a CLI, or two replicas) never load one source at once.
 */
export async function tryLockSource(databaseUrl: string, source: string): Promise<HeldLock | undefined> {
  const client = new Client({ connectionString: databaseUrl, application_name: `koers-etl-lock:${source}` });
  // The lock's connection may end under a run (a terminated backend, a failover): the lock goes with it, which is
  // all PostgreSQL can do, but the run must not end the process. Each table still loads in its own transaction.
  let lost = false;
  client.on('error', () => {
    lost = true;
  });
  await client.connect();
  const result = await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(hashtext('koers-etl'), hashtext($1)) AS locked`, [source]);
  if (!result.rows[0]?.locked) {
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
