import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { runMigrations, startEmbeddedDatabase } from '@koers/db';

export interface BenchDatabase {
  readonly url: string;
  readonly pool: Pool;
}

/**
 * A fresh embedded PostgreSQL (default settings, as measured) with the migrations run, for the length of `use`;
 * stopped and its files removed afterwards.
 */
export async function withBenchDatabase<T>(database: string, use: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const home = mkdtempSync(join(tmpdir(), 'koers-bench-'));
  // Searchable for the server account, which is not us when run as root.
  chmodSync(home, 0o755);
  const server = await startEmbeddedDatabase({ home, database });
  const pool = new Pool({ connectionString: server.url, max: 4 });
  try {
    await runMigrations(server.url);
    return await use({ url: server.url, pool });
  } finally {
    await pool.end();
    await server.release();
    rmSync(home, { recursive: true, force: true });
  }
}
