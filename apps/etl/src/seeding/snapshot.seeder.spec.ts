import { Server } from 'node:net';
import { Pool } from 'pg';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { MunicipalImportService } from '@koers/municipal-files';
import { FileSourcesAdapter } from '../sources/files/file-sources.adapter';
import { bundledFilesFolder } from '../sources/files/file-sources.module';
import { PgKnownRegions } from '../sources/files/known-regions.store';
import { SnapshotSeeder } from './snapshot.seeder';

describe('SnapshotSeeder', () => {
  let database: TestDatabase;
  let pool: Pool;
  let seeder: SnapshotSeeder;
  const seederFor = (config: ReturnType<typeof loadConfig>) => {
    const runner = new SourceRunner(pool, database.url);
    const files = new FileSourcesAdapter({ folder: bundledFilesFolder(config) }, new PgKnownRegions(pool));
    return new SnapshotSeeder(config, pool, runner, MunicipalImportService.fromConfig(pool, runner, config), files);
  };

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    seeder = seederFor(loadConfig({}));
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should not load anything when KOERS_SEED=off', async () => {
    const off = seederFor(loadConfig({ KOERS_SEED: 'off' }));
    await expect(off.seedIfEmpty()).resolves.toEqual({ seeded: false, reason: 'KOERS_SEED=off' });
  });

  it('should load the bundled real tables through the CBS loader without opening a port when the database is empty', async () => {
    // Every server (HTTP or not) listens through net.Server: the recorded snapshot is read without one.
    const listen = jest.spyOn(Server.prototype, 'listen');
    let listened: number;
    let outcome: Awaited<ReturnType<SnapshotSeeder['seedIfEmpty']>>;
    try {
      outcome = await seeder.seedIfEmpty();
      listened = listen.mock.calls.length;
    } finally {
      listen.mockRestore();
    }
    expect(listened).toBe(0);
    expect(outcome.seeded).toBe(true);
    if (!outcome.seeded) return;
    expect(outcome.results.map((r) => [r.tableId, r.status])).toEqual([
      ['03759ned', 'succeeded'],
      ['84799NED', 'succeeded'],
    ]);
    // CBS 03759ned: Assen had 70 769 inhabitants on 1 January 2026.
    const rows = (
      await pool.query(
        `SELECT o.value FROM current_observation o JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
         WHERE t.table_id = '03759ned' AND m.name = 'population_total' AND o.region_code = 'GM0106' AND o.period_code = '2026JJ00'`,
      )
    ).rows;
    expect(rows).toEqual([{ value: '70769' }]);
    // Then every bundled file through the files source: 81955NED, Assen's housing stock on 1 January 2024.
    expect(outcome.files.length).toBeGreaterThanOrEqual(20);
    expect(outcome.files.filter((run) => run.status !== 'succeeded')).toEqual([]);
    const stock = await pool.query(
      `SELECT o.value FROM current_observation o JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
       WHERE t.provider = 'file' AND t.table_id = '81955NED' AND m.name = 'dwellings_stock' AND o.region_code = 'GM0106' AND o.period_code = '2024JJ00'`,
    );
    expect(stock.rows).toEqual([{ value: '33215' }]);
    const runs = (await pool.query(`SELECT DISTINCT trigger FROM etl_run`)).rows;
    expect(runs).toEqual([{ trigger: 'startup' }]);
    // The illustrative municipal files, stored and labelled as voorbeelddata.
    expect(outcome.demoFiles.map((file) => [file.kind, file.outcome, file.demo])).toEqual([
      ['employment', 'loaded', true],
      ['jobseekers', 'loaded', true],
      ['vacancy', 'loaded', true],
    ]);
    // Labelled in the demo column (migration 1795833300000 moved the "[voorbeelddata] " name prefix there).
    expect((await pool.query(`SELECT bool_and(demo) AS demo FROM uploaded_file`)).rows).toEqual([{ demo: true }]);
  });

  it('should leave a database that holds observations alone', async () => {
    await expect(seeder.seedIfEmpty()).resolves.toEqual({ seeded: false, reason: 'the database already holds observations' });
  });

  it('should load the snapshot and the bundled files but leave the voorbeelddata out when KOERS_DEMO_FILES=off', async () => {
    const empty = await createMigratedTestDatabase();
    const emptyPool = new Pool({ connectionString: empty.url });
    try {
      const config = loadConfig({ KOERS_DEMO_FILES: 'off' });
      const runner = new SourceRunner(emptyPool, empty.url);
      const files = new FileSourcesAdapter({ folder: bundledFilesFolder(config) }, new PgKnownRegions(emptyPool));
      const outcome = await new SnapshotSeeder(
        config,
        emptyPool,
        runner,
        MunicipalImportService.fromConfig(emptyPool, runner, config),
        files,
      ).seedIfEmpty();
      expect(outcome.seeded && outcome.demoFiles).toEqual([]);
      expect(outcome.seeded && outcome.files.every((run) => run.status === 'succeeded')).toBe(true);
      expect((await emptyPool.query(`SELECT count(*)::int AS n FROM uploaded_file`)).rows).toEqual([{ n: 0 }]);
    } finally {
      await emptyPool.end();
      await empty.drop();
    }
  }, 120_000);
});
