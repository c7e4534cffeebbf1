import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { FakeCbsServer } from '../sources/cbs/test-support/fake/fake-cbs.server';
import { generateKwbTable } from '../sources/cbs/test-support/fake/fake-kwb-table';

// `npm run etl -- run cbs --table …` as an analyst runs it, in its own process, against the fake CBS server
// and a real PostgreSQL: a table the code never names loads, and a run killed mid-table stores nothing.

const root = join(__dirname, '..', '..', '..', '..');
const TABLE = '99001NED';

describe('npm run etl -- run cbs --table', () => {
  let database: TestDatabase;
  let pool: Pool;
  let fake: FakeCbsServer;
  let url: string;

  function cli(args: string[]): ChildProcess & { output: () => string } {
    const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'apps/etl/src/cli.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        CBS_ODATA_V3_URL: url,
        CBS_ODATA_V4_URL: `${url}/odata/v1`,
        KOERS_MUNICIPALITY: 'GM0002',
        KOERS_PEERS: 'GM0003',
        KOERS_CONTACT_EMAIL: 'info@example.nl',
        KOERS_CONTACT_URL: 'https://example.nl',
        CBS_TIMEOUT_MS: '10000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return Object.assign(child, { output: () => output });
  }
  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const tableRows = async () =>
    (
      await pool.query(
        `SELECT m.source_key, o.region_code, o.period_code, o.value, o.publication_version FROM observation o
         JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id WHERE t.table_id = $1
         ORDER BY 1, 2, 3, 5`,
        [TABLE],
      )
    ).rows;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    fake = new FakeCbsServer({ loadFixtures: false });
    fake.registerV3Table(generateKwbTable({ tableId: TABLE, regions: 400, topics: 13, year: 2025, modified: '2026-03-01T02:00:00' }));
    url = (await fake.start()).url;
  });
  afterAll(async () => {
    await fake.close();
    await pool.end();
    await database.drop();
  });

  it('should load every measure of a table the code never names, readable by measure, region and period', async () => {
    const child = cli(['run', 'cbs', '--table', TABLE]);
    expect(await exited(child)).toBe(0);
    expect(child.output()).toContain(`${TABLE}: succeeded`);
    const rows = await tableRows();
    // 10 numeric topics × (NL00, GM0002 with 10 wijken and 100 buurten, GM0003), less the cells generated empty.
    expect(rows.length).toBe(10 * 113);
    const one = rows.find((row) => row.source_key === 'Kenmerk4_4' && row.region_code === 'WK000203' && row.period_code === '2025JJ00');
    expect(one).toBeDefined();
    const names = (await pool.query(`SELECT DISTINCT name FROM measure WHERE name LIKE $1`, [`cbs:${TABLE}:%`])).rows;
    expect(names).toHaveLength(10);
  }, 120_000);

  it('should keep the previous data whole when the process is killed in the middle of a table', async () => {
    const before = await tableRows();
    fake.setModified(TABLE, '2026-04-01T02:00:00');
    fake.mapRows(TABLE, (row) => ({ ...row, Kenmerk4_4: 1 }));
    fake.injectFault({ kind: 'slow', match: /TypedDataSet/, times: Infinity, delayMs: 1_500 });
    fake.clearRequests();
    const child = cli(['run', 'cbs', '--table', TABLE]);
    const done = exited(child);
    const deadline = Date.now() + 60_000;
    while (fake.requests.filter((r) => /TypedDataSet/.test(r.url)).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    await done;
    fake.clearFaults();
    expect(await tableRows()).toEqual(before);
    const runs = (await pool.query(`SELECT status FROM etl_run WHERE table_id = $1 ORDER BY id`, [TABLE])).rows;
    expect(runs.at(-1)).toEqual({ status: 'running' });

    // The next run finds the killed one and records it as abandoned, then loads the new publication.
    const next = cli(['run', 'cbs', '--table', TABLE]);
    expect(await exited(next)).toBe(0);
    const after = (await pool.query(`SELECT status, error_code FROM etl_run WHERE table_id = $1 ORDER BY id`, [TABLE])).rows;
    expect(after.slice(-2)).toEqual([
      { status: 'failed', error_code: 'ABANDONED' },
      { status: 'succeeded', error_code: null },
    ]);
  }, 120_000);
});
