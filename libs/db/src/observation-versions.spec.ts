import { Client } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from './test-support/test-database';

describe('observation versions', () => {
  let database: TestDatabase;
  let client: Client;
  let measureId: number;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`INSERT INTO region (code, name, level) VALUES ('GM0106', 'Assen', 'gemeente')`);
    const table = await client.query(
      `INSERT INTO source_table (provider, table_id, title) VALUES ('cbs-v4', '03759ned', 'Bevolking op 1 januari') RETURNING id`,
    );
    const measure = await client.query(
      `INSERT INTO measure (source_table_id, source_key, name, title, unit) VALUES ($1, 'M000352', 'population_total', 'Bevolking op 1 januari', 'aantal') RETURNING id`,
      [table.rows[0].id],
    );
    measureId = measure.rows[0].id;
  });

  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  const insert = (period: string, value: string | null, reason: string | null, status: string, version: string) =>
    client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at)
       VALUES ($1, 'GM0106', $2, '2024-01-01', '2024-12-31', $3, $4, $5, $6, $7)`,
      [measureId, period, value, reason, status, version, version],
    );

  it('should keep both publication versions and show the newest in current_observation when a figure is revised', async () => {
    await insert('2024JJ00', '68921', null, 'provisional', '2024-03-01T00:00:00Z');
    await insert('2024JJ00', '68930', null, 'definitive', '2025-03-01T00:00:00Z');

    const all = await client.query(`SELECT value, status FROM observation WHERE period_code = '2024JJ00' ORDER BY published_at`);
    expect(all.rows).toEqual([
      { value: '68921', status: 'provisional' },
      { value: '68930', status: 'definitive' },
    ]);
    const current = await client.query(`SELECT value, status FROM current_observation WHERE period_code = '2024JJ00'`);
    expect(current.rows).toEqual([{ value: '68930', status: 'definitive' }]);
  });

  it('should refuse the same publication version twice when the natural key repeats', async () => {
    await expect(insert('2024JJ00', '1', null, 'definitive', '2025-03-01T00:00:00Z')).rejects.toThrow(/observation_natural_key/);
  });

  it('should keep a missing value NULL with its reason when the source published none', async () => {
    await insert('2023JJ00', null, 'Impossible', 'definitive', '2024-03-01T00:00:00Z');
    const row = await client.query(`SELECT value, missing_reason FROM current_observation WHERE period_code = '2023JJ00'`);
    expect(row.rows).toEqual([{ value: null, missing_reason: 'Impossible' }]);
  });

  it('should refuse a missing value without a reason', async () => {
    await expect(insert('2022JJ00', null, null, 'definitive', '2024-03-01T00:00:00Z')).rejects.toThrow(/observation_missing_has_reason/);
  });
});
