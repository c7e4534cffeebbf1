import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { FileImportService } from '../sources/files/file-import.service';
import { PgKnownRegions } from '../sources/files/known-regions.store';
import { BUNDLED_FILES, FIXTURES, bundledManifestJson } from '../sources/files/test-support/fixture-files';
import { sha256Of } from '../sources/files/file-text.parser';
import { importCommand } from './import.command';

const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';
const BUNDLED_MANIFEST = join(BUNDLED_FILES, '81955NED', `${F81955}.manifest.json`);

describe('npm run etl -- import file', () => {
  let database: TestDatabase;
  let pool: Pool;
  let app: INestApplicationContext;
  let scratch: string;

  async function run(positional: string[], flags: Record<string, string | true>): Promise<{ code: number; out: string }> {
    const lines: string[] = [];
    const code = await importCommand.run(app, { positional, flags }, { line: (t) => lines.push(t), error: (t) => lines.push(t) });
    return { code, out: lines.join('\n') };
  }

  /** An analyst's manifest: the bundled 81955NED one for another file and under a table the catalogue does not list. */
  function analystManifest(file: string, tableId: string): string {
    const path = join(scratch, `${tableId}.manifest.json`);
    const manifest = {
      ...bundledManifestJson('81955NED', F81955),
      file: 'analyst.csv',
      sha256: sha256Of(readFileSync(file)),
      table: { id: tableId, title: 'Woningen (analist)' },
    };
    writeFileSync(path, JSON.stringify(manifest));
    return path;
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    // The regions this file names, as the CBS snapshot would have registered them.
    await pool.query(`INSERT INTO region (code, name, level) VALUES ('GM0106', 'Assen', 'gemeente'), ('GM0114', 'Emmen', 'gemeente'),
      ('GM0118', 'Hoogeveen', 'gemeente'), ('GM0119', 'Meppel', 'gemeente'), ('GM0014', 'Groningen', 'gemeente')`);
    const service = new FileImportService(new PgKnownRegions(pool), new SourceRunner(pool, database.url));
    app = { get: () => service } as unknown as INestApplicationContext;
    scratch = mkdtempSync(join(tmpdir(), 'koers-import-file-'));
  });
  afterAll(async () => {
    rmSync(scratch, { recursive: true, force: true });
    await pool.end();
    await database.drop();
  });

  it('should print the counts, periods and regions it would load and store nothing when it dry-runs a good file', async () => {
    const { code, out } = await run(['file', join(FIXTURES, 'ok', '81955NED.csv')], { manifest: BUNDLED_MANIFEST, 'dry-run': true });
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      '81955NED 81955NED.csv: valid (dry run: nothing stored)',
      '  60 figures (0 missing), 3 measures; feeds dwellings_stock, new_build_dwellings',
      '  periods: 2012JJ00, 2016JJ00, 2020JJ00, 2024JJ00',
      '  regions: GM0014, GM0106, GM0114, GM0118, GM0119',
    ]);
    expect(
      (await pool.query(`SELECT (SELECT count(*) FROM etl_run)::int AS runs, (SELECT count(*) FROM observation)::int AS figures`)).rows,
    ).toEqual([{ runs: 0, figures: 0 }]);
  });

  it('should list every problem by file, row, column and value and exit 1 when it dry-runs a bad file', async () => {
    const file = join(FIXTURES, 'not-ok', '81955NED-text-in-number.csv');
    const { code, out } = await run(['file', file], { manifest: analystManifest(file, 'analyst-bad'), 'dry-run': true, json: true });
    expect(code).toBe(1);
    const report = JSON.parse(out) as { outcome: string; problems: unknown[] };
    expect(report.outcome).toBe('invalid');
    expect(report.problems).toEqual([
      {
        file: '81955NED-text-in-number.csv',
        row: 2,
        column: 'Nieuwbouw',
        value: 'n.b.',
        message: 'not a number and not a CBS symbol (. x - ?)',
      },
    ]);
  });

  it('should load a file under its own table id when the catalogue does not list the table, and nothing new the second time', async () => {
    const file = join(FIXTURES, 'ok', '81955NED.csv');
    const manifest = analystManifest(file, 'analyst-woningen');
    const first = await run(['file', file], { manifest });
    expect(first.code).toBe(0);
    expect(first.out.split('\n')[0]).toMatch(/^analyst-woningen 81955NED\.csv: loaded \(run #\d+: 60 inserted, 0 unchanged\)$/);
    const second = await run(['file', file], { manifest });
    expect(second.out.split('\n')[0]).toMatch(/: loaded \(run #\d+: 0 inserted, 60 unchanged\)$/);
    const stored =
      await pool.query(`SELECT t.provider, t.evidence, count(o.*)::int AS figures FROM source_table t JOIN measure m ON m.source_table_id = t.id
      JOIN observation o ON o.measure_id = m.id WHERE t.table_id = 'analyst-woningen' GROUP BY t.provider, t.evidence`);
    expect(stored.rows).toEqual([{ provider: 'file', evidence: 'cbs-export', figures: 60 }]);
  });

  it('should refuse a changed file by its sha256 and exit 1 when the manifest describes other bytes', async () => {
    const { code, out } = await run(['file', join(FIXTURES, 'not-ok', '81955NED-text-in-number.csv')], {
      manifest: BUNDLED_MANIFEST,
      'dry-run': true,
    });
    expect(code).toBe(1);
    expect(out).toContain('81955NED-text-in-number.csv: the file has sha256');
  });

  it('should ask for the manifest when none is given', async () => {
    expect((await run(['file', join(FIXTURES, 'ok', '81955NED.csv')], {})).code).toBe(2);
  });
});
