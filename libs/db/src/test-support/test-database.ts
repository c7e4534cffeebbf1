import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '../migrate';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env['KOERS_TEST_ADMIN_URL'];
  if (!url) throw new Error('No test database server: add libs/db/src/test-support/global-setup.ts as jest globalSetup.');
  return url;
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database on the test server, for one suite; `drop()` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `koers_test_${randomBytes(6).toString('hex')}`;
  await asAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A new database with the schema migrated up. */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await runMigrations(database.url);
  return database;
}
