import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner, type TableRunResult } from '@koers/loading';
import { MunicipalImportService } from '@koers/municipal-files';
import { SnapshotSeeder } from '../../seeding/snapshot.seeder';
import { FileSourcesAdapter } from './file-sources.adapter';
import { mapDescribedFile } from './file-table.job';
import { sha256Of } from './file-text.parser';
import { PgKnownRegions } from './known-regions.store';
import { type DescribedFile, findManifests, readDescribedFile } from './manifest-folder.parser';
import { FileOracle } from './test-support/file-oracle';
import { BUNDLED_FILES, FIXTURES, bundledManifestJson } from './test-support/fixture-files';
import { disagreements, figureKey, storedFigures } from './test-support/stored-figures';

const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';

describe('file sources against PostgreSQL', () => {
  let database: TestDatabase;
  let pool: Pool;
  let runner: SourceRunner;
  let regions: PgKnownRegions;
  let described: DescribedFile[];
  let firstLoad: readonly TableRunResult[];
  const scratch: string[] = [];

  /** A folder holding one file under the bundled 81955NED name, with the bundled manifest changed by `edit`. */
  function folderWith(fixtureName: string, edit: (manifest: Record<string, unknown>, bytes: Buffer) => Record<string, unknown>): string {
    const folder = mkdtempSync(join(tmpdir(), 'koers-files-'));
    scratch.push(folder);
    copyFileSync(join(FIXTURES, 'not-ok', fixtureName), join(folder, F81955));
    const manifest = edit(bundledManifestJson('81955NED', F81955), readFileSync(join(folder, F81955)));
    writeFileSync(join(folder, `${F81955}.manifest.json`), JSON.stringify(manifest));
    return folder;
  }

  async function assenNewBuild2012(): Promise<string[]> {
    const { rows } = await pool.query<{ value: string }>(
      `SELECT o.value FROM current_observation o JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
       WHERE t.provider = 'file' AND t.table_id = '81955NED' AND m.name = 'new_build_dwellings' AND o.region_code = 'GM0106' AND o.period_code = '2012JJ00'`,
    );
    return rows.map((row) => row.value);
  }

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    runner = new SourceRunner(pool, database.url);
    regions = new PgKnownRegions(pool);
    const config = loadConfig({ KOERS_DEMO_FILES: 'off' });
    // The CBS snapshot first (its regions are the names the files use), then the files: as `npm start` seeds.
    const seeder = new SnapshotSeeder(
      config,
      pool,
      runner,
      MunicipalImportService.fromConfig(pool, runner, config),
      new FileSourcesAdapter({ folder: BUNDLED_FILES }, regions),
    );
    const outcome = await seeder.seed();
    if (!outcome.seeded) throw new Error(outcome.reason);
    firstLoad = outcome.files;
    described = await Promise.all((await findManifests(BUNDLED_FILES)).map((path) => readDescribedFile(path)));
  }, 180_000);

  afterAll(async () => {
    for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
    await pool.end();
    await database.drop();
  });

  it('should load every bundled manifest in a run of its own when the CBS snapshot is loaded first', async () => {
    expect(firstLoad.map((run) => [run.tableId, run.status, run.errorMessage])).toEqual(
      described.map((file) => [file.manifest.table.id, 'succeeded', null]),
    );
    const { rows } = await pool.query<{ sha256: string }>(`SELECT sha256 FROM source_file ORDER BY sha256`);
    expect(rows.map((row) => row.sha256)).toEqual(described.map((file) => file.manifest.sha256).sort());
  });

  it('should store every figure of every file as the file says it, with its region, period, status and missing reason', async () => {
    const regionNames = new Map(
      (await pool.query<{ code: string; name: string }>(`SELECT code, name FROM region`)).rows.map((row) => [row.code, row.name]),
    );
    const problems: string[] = [];
    let compared = 0;
    for (const file of described) {
      const mapped = await mapDescribedFile(file, regions);
      const stored = await storedFigures(pool, file.manifest.table.id);
      const oracle = new FileOracle(file.filePath, file.manifest);
      const measureNames = new Map(mapped.measures.map((m) => [`${m.sourceKey}|${JSON.stringify(m.dimensions)}`, m.name]));
      for (const observation of mapped.observations) {
        problems.push(...disagreements(file, oracle, observation, regionNames));
        const versions = stored.get(figureKey(observation)) ?? [];
        const same = versions.find(
          (v) => v.value === observation.value && v.missingReason === observation.missingReason && v.status === observation.status,
        );
        if (!same)
          problems.push(
            `${file.manifest.file} row ${observation.row} column ${observation.column}: not stored as ${observation.value}/${observation.missingReason} (${JSON.stringify(versions)})`,
          );
        else if (same.name !== measureNames.get(`${observation.sourceKey}|${JSON.stringify(observation.dimensions)}`))
          problems.push(`${figureKey(observation)}: stored as ${same.name}`);
        compared += 1;
      }
      // Nothing stored under the file's version that the file does not say.
      const expected = new Set(mapped.observations.map(figureKey));
      for (const [key, versions] of stored) {
        if (versions.some((v) => v.version === file.manifest.sha256) && !expected.has(key))
          problems.push(`${file.manifest.file}: ${key} is stored but not in the file`);
      }
    }
    expect(problems).toEqual([]);
    expect(compared).toBeGreaterThan(30_000);
  });

  it('should insert nothing when the same files load again', async () => {
    const again = await runner.run(new FileSourcesAdapter({ folder: BUNDLED_FILES }, regions), { trigger: 'cli' });
    expect(again.every((run) => run.status === 'succeeded')).toBe(true);
    expect(again.map((run) => run.rowsInserted)).toEqual(described.map(() => 0));
    expect(again.reduce((sum, run) => sum + run.rowsUnchanged, 0)).toBe(
      firstLoad.reduce((sum, run) => sum + run.rowsUnchanged + run.rowsInserted, 0),
    );
  });

  it('should leave the previous data as it was and record the problem when a file with a problem fails', async () => {
    const before = (await pool.query(`SELECT count(*) AS n FROM observation`)).rows[0];
    const folder = folderWith('81955NED-text-in-number.csv', (manifest, bytes) => ({ ...manifest, sha256: sha256Of(bytes) }));
    const [run] = await runner.run(new FileSourcesAdapter({ folder }, regions), { trigger: 'cli' });
    expect(run).toMatchObject({ tableId: '81955NED', status: 'failed', errorCode: 'FILE_PROBLEMS', rowsInserted: 0, rowsRejected: 1 });
    expect(run!.errorMessage).toContain(`${F81955}, row 2, column "Nieuwbouw", value "n.b.": not a number`);
    const rejected = await pool.query(`SELECT location, raw_value, reason FROM rejected_row WHERE run_id = $1`, [run!.runId]);
    expect(rejected.rows).toEqual([
      { location: `${F81955}:row 2:Nieuwbouw`, raw_value: 'n.b.', reason: 'not a number and not a CBS symbol (. x - ?)' },
    ]);
    expect((await pool.query(`SELECT count(*) AS n FROM observation`)).rows[0]).toEqual(before);
    expect(await assenNewBuild2012()).toEqual(['229']);
  });

  it('should refuse a changed file and keep the previous data when its manifest was not updated', async () => {
    const folder = folderWith('81955NED-text-in-number.csv', (manifest) => manifest);
    const [run] = await runner.run(new FileSourcesAdapter({ folder }, regions), { trigger: 'cli' });
    expect(run).toMatchObject({ status: 'failed', errorCode: 'SHA256_MISMATCH' });
    expect(await assenNewBuild2012()).toEqual(['229']);
  });

  it('should store only the corrected figure, as a new version beside the old one, when a revised file loads', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'koers-files-'));
    scratch.push(folder);
    const revised = readFileSync(join(BUNDLED_FILES, '81955NED', F81955))
      .toString('latin1')
      .replace('Assen,2012,29854,229,', 'Assen,2012,29854,230,');
    writeFileSync(join(folder, F81955), Buffer.from(revised, 'latin1'));
    const manifest = {
      ...bundledManifestJson('81955NED', F81955),
      sha256: sha256Of(readFileSync(join(folder, F81955))),
      publishedAt: '2025-07-01',
    };
    writeFileSync(join(folder, `${F81955}.manifest.json`), JSON.stringify(manifest));
    const [run] = await runner.run(new FileSourcesAdapter({ folder }, regions), { trigger: 'cli' });
    expect(run).toMatchObject({ status: 'succeeded', rowsInserted: 1, rowsUnchanged: 59 });
    expect(await assenNewBuild2012()).toEqual(['230']);
    const versions = await storedFigures(pool, '81955NED');
    expect(
      [...versions.values()]
        .flat()
        .filter((v) => v.name === 'new_build_dwellings' && v.key.endsWith('GM0106|2012JJ00'))
        .map((v) => v.value)
        .sort(),
    ).toEqual([229, 230]);
  });
});
