import { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { CbsAdapter } from './cbs.adapter';
import { FakeCbsServer } from './test-support/fake/fake-cbs.server';

// The CBS source end to end: the fake CBS server replays recorded responses, the adapter reads them through
// the real clients, and the runner loads them into a real PostgreSQL.

describe('CBS source', () => {
  let database: TestDatabase;
  let pool: Pool;
  let runner: SourceRunner;
  let fake: FakeCbsServer;
  let adapter: CbsAdapter;

  const value = async (measure: string, region: string, period: string) =>
    (
      await pool.query(
        `SELECT o.value, o.missing_reason, o.status, o.publication_version FROM current_observation o JOIN measure m ON m.id = o.measure_id
         WHERE m.name = $1 AND o.region_code = $2 AND o.period_code = $3`,
        [measure, region, period],
      )
    ).rows;
  const count = async () => Number((await pool.query(`SELECT count(*) FROM observation`)).rows[0].count);

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    runner = new SourceRunner(pool, database.url);
    fake = new FakeCbsServer({ feedPageSize: 40 });
    const { url } = await fake.start();
    const config = loadConfig({ CBS_ODATA_V3_URL: url, CBS_ODATA_V4_URL: `${url}/odata/v1` });
    adapter = CbsAdapter.fromConfig(config, { maxRetries: 3, backoffBaseMs: 1, timeoutMs: 2_000 });
  });
  afterAll(async () => {
    await fake.close();
    await pool.end();
    await database.drop();
  });

  it('should load a KWB table with padded keys over several feed pages, wijken and buurten included', async () => {
    const [result] = await runner.run(adapter, { trigger: 'cli', options: { tables: '84799NED' } });
    expect(result).toMatchObject({ tableId: '84799NED', status: 'succeeded', errorCode: null });
    expect(result!.rowsInserted).toBeGreaterThan(0);
    // Values as published in KWB 2020 (84799NED): Assen 68 599 inhabitants, 13 922 aged 65 or over.
    expect(await value('population_total', 'GM0106', '2020JJ00')).toEqual([expect.objectContaining({ value: '68599' })]);
    expect(await value('population_age_65_plus', 'WK010601', '2020JJ00')).toEqual([expect.objectContaining({ value: '1430' })]);
    const pages = fake.requests.filter((r) => /84799NED\/TypedDataSet/i.test(r.url));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.some((r) => r.url.includes('%27GM0106%20%20%20%20%27') || r.url.includes("'GM0106    '"))).toBe(true);
    const region = (await pool.query(`SELECT code, level, parent_code, boundary_year FROM region WHERE code = 'BU01060101'`)).rows;
    expect(region).toEqual([{ code: 'BU01060101', level: 'buurt', parent_code: 'WK010601', boundary_year: 2020 }]);
  });

  it('should keep a value CBS left empty as missing with its reason, never 0', async () => {
    const rows = await value('dwellings_stock', 'GM0106', '2020JJ00');
    expect(rows).toEqual([expect.objectContaining({ value: null })]);
    expect(rows[0].missing_reason).not.toBeNull();
  });

  it('should load a v4 table and skip it next time when CBS reports the same Modified date', async () => {
    const [first] = await runner.run(adapter, { trigger: 'cli', options: { tables: '03759ned' } });
    expect(first).toMatchObject({ status: 'succeeded' });
    expect(await value('population_total', 'GM0106', '2026JJ00')).toEqual([
      expect.objectContaining({ value: '70769', status: 'definitive' }),
    ]);
    const [second] = await runner.run(adapter, { trigger: 'schedule', options: { tables: '03759ned' } });
    expect(second).toMatchObject({ status: 'skipped', errorCode: 'NOT_MODIFIED', rowsInserted: 0 });
    const [forced] = await runner.run(adapter, { trigger: 'cli', options: { tables: '03759ned', force: 'true' } });
    expect(forced).toMatchObject({ status: 'succeeded', rowsInserted: 0 });
    expect(forced!.rowsUnchanged).toBe(first!.rowsInserted);
  });

  it('should add a revised figure as a new version and keep the old one when CBS publishes a correction', async () => {
    const original = fake.getV3Table('84799NED')!;
    fake.setModified('84799NED', '2021-06-01T02:00:00');
    fake.mapRows('84799NED', (row) => (String(row['WijkenEnBuurten']).trim() === 'GM0106' ? { ...row, AantalInwoners_5: 68600 } : row));
    const [result] = await runner.run(adapter, { trigger: 'schedule', options: { tables: '84799NED' } });
    expect(result).toMatchObject({ status: 'succeeded', rowsInserted: 1 });
    const versions = (
      await pool.query(`SELECT o.value FROM observation o JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
       WHERE t.table_id = '84799NED' AND m.name = 'population_total' AND o.region_code = 'GM0106' AND o.period_code = '2020JJ00' ORDER BY o.published_at`)
    ).rows;
    expect(versions).toEqual([{ value: '68599' }, { value: '68600' }]);
    fake.registerV3Table(original);
  });

  it('should fail the table naming the key and keep its data when a registered key disappeared', async () => {
    const before = await count();
    const original = fake.getV3Table('84799NED')!;
    fake.setModified('84799NED', '2021-09-01T02:00:00');
    fake.renameKey('84799NED', 'AantalInwoners_5', 'AantalInwonersTotaal_5');
    const [result] = await runner.run(adapter, { trigger: 'schedule', options: { tables: '84799NED' } });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'unknown-key' });
    expect(result!.errorMessage).toContain('84799NED');
    expect(result!.errorMessage).toContain('AantalInwoners_5');
    expect(await count()).toBe(before);
    fake.registerV3Table(original);
  });

  it('should fail a table CBS discontinued without a known successor and keep its data', async () => {
    const before = await count();
    fake.setModified('84799NED', '2021-10-01T02:00:00');
    fake.discontinue('84799NED');
    const [result] = await runner.run(adapter, { trigger: 'schedule', options: { tables: '84799NED' } });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'discontinued' });
    expect(await count()).toBe(before);
  });

  it('should retry a server error and load when CBS answers again', async () => {
    fake.injectFault({ kind: 'http-500', match: /85792NED\/Observations/i, times: 2 });
    // No api given: 85792NED is in the recorded v4 catalogue, so it is read through v4.
    const [result] = await runner.run(adapter, { trigger: 'cli', tableId: '85792NED' });
    expect(result).toMatchObject({ status: 'succeeded' });
    expect(fake.requests.filter((r) => r.fault === 'http-500').length).toBeGreaterThanOrEqual(2);
  });

  it('should load every measure of a table the code never names and read it back by measure, region and period', async () => {
    const rows = (
      await pool.query(
        `SELECT m.source_key, o.region_code, o.period_code, o.value, o.status FROM current_observation o JOIN measure m ON m.id = o.measure_id
         JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = '85792NED' AND o.region_code = 'NL01' ORDER BY o.period_code LIMIT 3`,
      )
    ).rows;
    expect(rows.length).toBe(3);
    const measures = (
      await pool.query(
        `SELECT DISTINCT m.name FROM measure m JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = '85792NED'`,
      )
    ).rows;
    expect(measures.length).toBe(8);
    expect(measures.every((m: { name: string }) => m.name.startsWith('cbs:85792NED:'))).toBe(true);
  });
});
