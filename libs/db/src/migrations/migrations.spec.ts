import { Client } from 'pg';
import { revertLastMigration, runMigrations } from '../migrate';
import { MIGRATIONS } from './index';
import { TestDatabase, createTestDatabase } from '../test-support/test-database';

async function tablesOf(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    return result.rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => (database = await createTestDatabase()));
  afterAll(() => database.drop());

  it('should create, drop and create again every table and the current view when run up, down and up', async () => {
    const ran = await runMigrations(database.url);
    expect(ran).toEqual(MIGRATIONS.map((migration) => migration.name));
    const expected = [
      'api_key',
      'current_observation',
      'data_check',
      'etl_run',
      'measure',
      'observation',
      'region',
      'rejected_row',
      'report_edition',
      'run_request',
      'schema_migration',
      'source_file',
      'source_table',
      'uploaded_file',
    ];
    expect(await tablesOf(database.url)).toEqual(expected);

    for (let i = 0; i < MIGRATIONS.length; i++) expect(await revertLastMigration(database.url)).toBe(true);
    expect(await revertLastMigration(database.url)).toBe(false);
    expect(await tablesOf(database.url)).toEqual(['schema_migration']);

    expect(await runMigrations(database.url)).toHaveLength(MIGRATIONS.length);
    expect(await tablesOf(database.url)).toEqual(expected);
  });

  it('should run nothing when the schema is already up to date', async () => {
    expect(await runMigrations(database.url)).toEqual([]);
  });
});
