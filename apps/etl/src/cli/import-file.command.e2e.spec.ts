import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';

// `npm run etl -- import file … --dry-run` and `npm run etl -- run files --table 81955NED` as an analyst runs them:
// their own process, the ETL's Nest context, a real PostgreSQL holding the regions the file names.

const root = join(__dirname, '..', '..', '..', '..');
const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';
const BUNDLED = join('data', 'snapshot', 'files', '81955NED', F81955);

describe('npm run etl -- import file / run files', () => {
  let database: TestDatabase;
  let pool: Pool;

  function cli(args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'apps/etl/src/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    await pool.query(`INSERT INTO region (code, name, level) VALUES ('GM0106', 'Assen', 'gemeente'), ('GM0114', 'Emmen', 'gemeente'),
      ('GM0118', 'Hoogeveen', 'gemeente'), ('GM0119', 'Meppel', 'gemeente'), ('GM0014', 'Groningen (gemeente)', 'gemeente')`);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should validate and count a file with its manifest and store nothing when the CLI dry-runs it', async () => {
    const { code, output } = await cli(['import', 'file', BUNDLED, '--manifest', `${BUNDLED}.manifest.json`, '--dry-run']);
    expect({ code, output }).toEqual({
      code: 0,
      output: expect.stringContaining(`81955NED ${F81955}: valid (dry run: nothing stored)\n  60 figures (0 missing), 3 measures`),
    });
    expect((await pool.query(`SELECT count(*)::int AS n FROM etl_run`)).rows).toEqual([{ n: 0 }]);
  });

  it('should load one file table through the runner when the files source is run with --table', async () => {
    const { code, output } = await cli(['run', 'files', '--table', '81955NED']);
    expect(code).toBe(0);
    expect(output).toContain('81955NED: succeeded (read 60, inserted 60, unchanged 0, rejected 0;');
    const runs = await pool.query(`SELECT source, table_id, status FROM etl_run`);
    expect(runs.rows).toEqual([{ source: 'files', table_id: '81955NED', status: 'succeeded' }]);
  });
});
