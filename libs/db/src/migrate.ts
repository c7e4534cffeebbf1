import type { Pool } from 'pg';
import { createDataSource } from './data-source';
import { MIGRATIONS } from './migrations';

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = createDataSource(url, 'koers-migrate');
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the last migration that ran; returns false when none had run. */
export async function revertLastMigration(url: string): Promise<boolean> {
  const dataSource = createDataSource(url, 'koers-migrate');
  await dataSource.initialize();
  try {
    const before = await dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'schema_migration'`);
    if (before[0].n === 0) return false;
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM schema_migration`);
    if (n === 0) return false;
    await dataSource.undoLastMigration({ transaction: 'each' });
    return true;
  } finally {
    await dataSource.destroy();
  }
}

/**
 * The migrations this build has that the database has not run: empty when the schema is current. Read with one
 * query on a pool that is already there (the API's health check asks it on every call).
 */
export async function pendingMigrations(pool: Pool): Promise<string[]> {
  const exists = await pool.query<{ t: string | null }>(`SELECT to_regclass('schema_migration')::text AS t`);
  const ran = exists.rows[0]?.t
    ? (await pool.query<{ name: string }>(`SELECT name FROM schema_migration`)).rows.map((row) => row.name)
    : [];
  const done = new Set(ran);
  return MIGRATIONS.map((migration) => migration.name).filter((name) => !done.has(name));
}
