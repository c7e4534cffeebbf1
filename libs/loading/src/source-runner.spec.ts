import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceAdapter, SourceRunRequest, TableJob } from './source-adapter';
import { SourceRunner } from './source-runner';
import { ObservationInput, TableSink } from './table-load.types';

// A small source whose tables are given by each test: the runner and loader are what is tested here.
function observation(periodCode: string, value: number | null, extra: Partial<ObservationInput> = {}): ObservationInput {
  const year = periodCode.slice(0, 4);
  return {
    sourceKey: 'AantalInwoners_5',
    dimensions: {},
    regionCode: 'GM0106',
    periodCode,
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    value,
    missingReason: value === null ? 'Impossible' : null,
    status: 'definitive',
    ...extra,
  };
}

function tableJob(modified: string, rows: ObservationInput[], hooks: { midway?: () => Promise<void> } = {}, tableId = 'T1'): TableJob {
  return {
    tableId,
    async load(sink: TableSink) {
      await sink.table({
        provider: 'cbs-v3',
        tableId,
        title: 'Test table',
        publishedAt: new Date(modified),
        publicationVersion: modified,
        status: 'active',
        successorTableId: null,
        frequency: 'Perjaar',
        evidence: 'cbs',
        file: null,
      });
      await sink.regions([{ code: 'GM0106', name: 'Assen', level: 'gemeente', parentCode: null, boundaryYear: 2024 }]);
      await sink.measures([
        { sourceKey: 'AantalInwoners_5', dimensions: {}, name: 'population_total', title: 'Aantal inwoners', unit: 'aantal', decimals: 0 },
      ]);
      await sink.observations(rows.slice(0, 1));
      await hooks.midway?.();
      await sink.observations(rows.slice(1));
      sink.reject([{ location: 'T1:ID=99:AantalInwoners_5', rawValue: '"abc"', reason: 'not a number' }]);
    },
  };
}

function adapterOf(job: TableJob): SourceAdapter {
  return { id: 'test-source', attribution: 'test', cron: undefined, plan: async () => [job] };
}

describe('SourceRunner', () => {
  let database: TestDatabase;
  let pool: Pool;
  let runner: SourceRunner;
  const cli: SourceRunRequest = { trigger: 'cli' };
  const values = async () =>
    (await pool.query(`SELECT period_code, value, missing_reason, publication_version FROM observation ORDER BY period_code, published_at`))
      .rows;

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    runner = new SourceRunner(pool, database.url);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should insert every row, keep missing values NULL with their reason and record the run when a table loads', async () => {
    const [result] = await runner.run(
      adapterOf(tableJob('2025-03-27T02:00:00Z', [observation('2023JJ00', 66000), observation('2024JJ00', null)])),
      cli,
    );
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: 3, rowsInserted: 2, rowsUnchanged: 0, rowsRejected: 1 });
    expect(await values()).toEqual([
      { period_code: '2023JJ00', value: '66000', missing_reason: null, publication_version: '2025-03-27T02:00:00Z' },
      { period_code: '2024JJ00', value: null, missing_reason: 'Impossible', publication_version: '2025-03-27T02:00:00Z' },
    ]);
    const run = (
      await pool.query(
        `SELECT source, table_id, trigger, status, rows_inserted, finished_at IS NOT NULL AS finished FROM etl_run WHERE id = $1`,
        [result!.runId],
      )
    ).rows[0];
    expect(run).toEqual({ source: 'test-source', table_id: 'T1', trigger: 'cli', status: 'succeeded', rows_inserted: 2, finished: true });
    const rejected = (await pool.query(`SELECT location, raw_value, reason FROM rejected_row WHERE run_id = $1`, [result!.runId])).rows;
    expect(rejected).toEqual([{ location: 'T1:ID=99:AantalInwoners_5', raw_value: '"abc"', reason: 'not a number' }]);
  });

  it('should insert nothing when the same publication is loaded again', async () => {
    const [result] = await runner.run(
      adapterOf(tableJob('2025-03-27T02:00:00Z', [observation('2023JJ00', 66000), observation('2024JJ00', null)])),
      cli,
    );
    expect(result).toMatchObject({ status: 'succeeded', rowsInserted: 0, rowsUnchanged: 2 });
  });

  it('should add a revised value as a new version and keep the old one when a new publication changes it', async () => {
    const [result] = await runner.run(
      adapterOf(tableJob('2025-09-01T02:00:00Z', [observation('2023JJ00', 66012), observation('2024JJ00', null)])),
      cli,
    );
    expect(result).toMatchObject({ rowsInserted: 1, rowsUnchanged: 1 });
    const versions = (await pool.query(`SELECT value FROM observation WHERE period_code = '2023JJ00' ORDER BY published_at`)).rows;
    expect(versions).toEqual([{ value: '66000' }, { value: '66012' }]);
    const current = (await pool.query(`SELECT value FROM current_observation WHERE period_code = '2023JJ00'`)).rows;
    expect(current).toEqual([{ value: '66012' }]);
  });

  it('should leave the previous data intact and record the failure when a load fails midway', async () => {
    const before = await values();
    const failing = tableJob('2026-01-01T00:00:00Z', [observation('2023JJ00', 1), observation('2025JJ00', 2)], {
      midway: async () => {
        throw Object.assign(new Error('connection reset by CBS'), { code: 'CBS_RESET' });
      },
    });
    const [result] = await runner.run(adapterOf(failing), cli);
    expect(result).toMatchObject({ status: 'failed', errorCode: 'CBS_RESET', rowsInserted: 0 });
    expect(result!.errorMessage).toBe(
      'Het laden mislukte (foutcode CBS_RESET). Er is niets van deze run opgeslagen; de gegevens van vóór de run zijn ongewijzigd. Technisch: connection reset by CBS',
    );
    expect(await values()).toEqual(before);
  });

  it('should count but store nothing when the run is a dry run', async () => {
    const before = await values();
    const [result] = await runner.run(
      adapterOf(tableJob('2026-02-01T00:00:00Z', [observation('2023JJ00', 7), observation('2025JJ00', 8)])),
      { trigger: 'cli', dryRun: true },
    );
    expect(result).toMatchObject({ status: 'succeeded', rowsInserted: 2 });
    expect(await values()).toEqual(before);
  });

  it('should run one and report the lock for the other when two runs of one source start together', async () => {
    let releaseFirst: () => void = () => undefined;
    const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const slow = tableJob('2026-03-01T00:00:00Z', [observation('2023JJ00', 66012), observation('2025JJ00', 9)], {
      midway: async () => {
        firstStarted();
        await firstHolds;
      },
    });
    const first = runner.run(adapterOf(slow), cli);
    await started;
    const second = await runner.run(adapterOf(tableJob('2026-03-01T00:00:00Z', [])), { trigger: 'schedule' });
    releaseFirst();
    expect(second).toEqual([expect.objectContaining({ status: 'skipped', errorCode: 'LOCKED' })]);
    expect((await first)[0]).toMatchObject({ status: 'succeeded', rowsInserted: 1 });
  });

  it('should record a jump beyond the measure’s plausible range and the missing figures with the run, and still load', async () => {
    // Population of Assen on 1 January: 68,599 (2020) and 68,836 (2021, 03759ned); 6,884 (illustrative: a lost
    // digit) is a jump of −90%, beyond the 10% a year population_total allows; back to 66,012 (2023, loaded by
    // the first test) is a jump again, judged against the stored figures. One figure is missing.
    const rows = [
      observation('2020JJ00', 68599),
      observation('2021JJ00', 68836),
      observation('2022JJ00', 6884),
      observation('2019JJ00', null),
    ];
    const [result] = await runner.run(adapterOf(tableJob('2026-01-01T00:00:00Z', rows)), cli);
    expect(result).toMatchObject({ status: 'succeeded', dataChecks: 3 });
    const checks = (
      await pool.query(
        `SELECT measure_name, region_code, period_code, check_kind, value::float8 AS value, message_nl FROM data_check WHERE run_id = $1 ORDER BY check_kind, period_code`,
        [result!.runId],
      )
    ).rows;
    expect(checks).toEqual([
      expect.objectContaining({
        measure_name: 'population_total',
        region_code: null,
        period_code: null,
        check_kind: 'completeness',
        value: 1,
      }),
      expect.objectContaining({
        measure_name: 'population_total',
        region_code: 'GM0106',
        period_code: '2022JJ00',
        check_kind: 'jump',
        value: 6884,
      }),
      expect.objectContaining({
        measure_name: 'population_total',
        region_code: 'GM0106',
        period_code: '2023JJ00',
        check_kind: 'jump',
        value: 66012,
      }),
    ]);
    expect(checks[1].message_nl).toContain('Mogelijk een fout in de data');
  });

  it('should check a first load of a table (stored straight: nothing to compare with) like any load', async () => {
    // T2 is new: its figures go straight into observation. 7,000 (2024) after 66,000 (2023) is a jump of −89%.
    const rows = [observation('2023JJ00', 66000), observation('2024JJ00', 7000), observation('2025JJ00', null)];
    const [result] = await runner.run(adapterOf(tableJob('2026-02-01T00:00:00Z', rows, {}, 'T2')), cli);
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: 4, rowsInserted: 3, dataChecks: 2 });
    const checks = (
      await pool.query(`SELECT check_kind, period_code, value::float8 AS value FROM data_check WHERE run_id = $1 ORDER BY check_kind`, [
        result!.runId,
      ])
    ).rows;
    expect(checks).toEqual([
      { check_kind: 'completeness', period_code: null, value: 1 },
      { check_kind: 'jump', period_code: '2024JJ00', value: 7000 },
    ]);
  });

  it('should refuse a first load that gives one figure twice, naming the key, and store nothing of it', async () => {
    const before = (await values()).length;
    const [result] = await runner.run(
      adapterOf(tableJob('2026-03-01T00:00:00Z', [observation('2024JJ00', 1), observation('2024JJ00', 2)], {}, 'T3')),
      cli,
    );
    expect(result).toMatchObject({ status: 'failed', errorCode: 'DATABASE_ERROR', rowsInserted: 0 });
    expect(result!.errorMessage).toContain('observation_natural_key');
    expect((await values()).length).toBe(before);
  });
});
