import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner, lockSource } from '@koers/loading';
import { InboxScanJob, kindOfInboxFile } from './inbox-scan.job';
import { MunicipalImportService } from '@koers/municipal-files';
import { MUNICIPAL_FIXTURES_DIR, NOW } from '@koers/municipal-files/testing';

const fixture = (path: string) => join(MUNICIPAL_FIXTURES_DIR, path);

describe('kindOfInboxFile', () => {
  it.each([
    ['vacancy-2024.xlsx', 'vacancy'],
    ['Employment_LISA_2024.CSV', 'employment'],
    ['jobseekers.csv', 'jobseekers'],
    ['leegstand-2024.csv', null],
    ['vacancy-2024.xls', null],
    ['vacancy2024.csv', null],
  ])('should give %s the kind %p when reading its name', (name, kind) => {
    expect(kindOfInboxFile(name)).toBe(kind);
  });
});

describe('InboxScanJob', () => {
  let database: TestDatabase;
  let pool: Pool;
  let runner: SourceRunner;
  let folder: string;
  let inbox: InboxScanJob;
  const later = new Date(NOW.getTime() + 60_000);

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    runner = new SourceRunner(pool, database.url);
    folder = mkdtempSync(join(tmpdir(), 'koers-inbox-'));
    const imports = new MunicipalImportService(pool, runner, { municipality: 'GM0106', timeZone: 'Europe/Amsterdam', clock: () => NOW });
    inbox = new InboxScanJob(imports, runner, { folder, cron: '*/5 * * * *', clock: () => later, settleMs: 5000 });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  const drop = (source: string, name: string, mtime = NOW) => {
    copyFileSync(fixture(source), join(folder, name));
    utimesSync(join(folder, name), mtime, mtime);
  };

  it('should leave everything where it is when the scan is a dry run', async () => {
    drop('ok/vacancy-comma.csv', 'vacancy-2024.csv');
    const results = await inbox.scan({ trigger: 'schedule', dryRun: true });
    expect(results).toEqual([expect.objectContaining({ file: 'vacancy-2024.csv', outcome: 'dry-run-ok', movedTo: null })]);
    expect(readdirSync(folder)).toEqual(['vacancy-2024.csv']);
  });

  it('should import each file, archive the good, reject the bad with its report and skip what is not ready when scheduled', async () => {
    drop('not-ok/employment-sections-exceed-total.csv', 'employment-2024.csv');
    drop('ok/jobseekers.csv', 'notities.csv');
    drop('ok/jobseekers.csv', 'jobseekers-nog-bezig.csv', later);
    writeFileSync(join(folder, '~$vacancy-open.xlsx'), 'lock');
    writeFileSync(join(folder, '.verborgen'), 'x');
    // As the schedule runs it: the scan itself loads no table; each file has its own run.
    const ownRuns: string[] = [];
    expect(await inbox.run({ trigger: 'schedule', onRun: (runId) => ownRuns.push(runId) })).toEqual([]);
    expect(readdirSync(folder).sort()).toEqual(['.verborgen', 'archive', 'jobseekers-nog-bezig.csv', 'rejected', '~$vacancy-open.xlsx']);
    expect(readdirSync(join(folder, 'archive'))).toEqual(['vacancy-2024.csv']);
    expect(readdirSync(join(folder, 'rejected')).sort()).toEqual([
      'employment-2024.csv',
      'employment-2024.csv.errors.txt',
      'notities.csv',
      'notities.csv.errors.txt',
    ]);
    const report = readFileSync(join(folder, 'rejected', 'employment-2024.csv.errors.txt'), 'utf8');
    expect(report).toContain('AFGEWEZEN / REJECTED: employment-2024.csv (employment): 2 problemen, niets geladen');
    expect(report).toContain('rij 2, banen_totaal: De SBI-secties samen (1100) zijn meer dan TOTAAL (1000)');
    expect(readFileSync(join(folder, 'rejected', 'notities.csv.errors.txt'), 'utf8')).toContain('vacancy-, employment- of jobseekers-');
    const runs = await pool.query(`SELECT id, source, table_id, trigger, status, error_code FROM etl_run ORDER BY id`);
    // Each file's run is reported to whoever asked for the scan (a run request links them).
    expect(ownRuns).toEqual(runs.rows.map((run: { id: string }) => run.id));
    expect(runs.rows.map(({ id: _id, ...run }) => run)).toEqual([
      { source: 'municipal-file', table_id: 'employment', trigger: 'schedule', status: 'failed', error_code: 'FILE_REJECTED' },
      { source: 'municipal-file', table_id: 'vacancy', trigger: 'schedule', status: 'succeeded', error_code: null },
    ]);
    expect((await pool.query(`SELECT uploaded_by FROM uploaded_file`)).rows).toEqual([{ uploaded_by: 'inbox' }]);
  });

  it('should archive the same file again beside the first without overwriting it when it was already loaded', async () => {
    drop('ok/vacancy-comma.csv', 'vacancy-2024.csv');
    const results = await inbox.scan({ trigger: 'schedule' });
    expect(results.find((r) => r.file === 'jobseekers-nog-bezig.csv')).toMatchObject({ outcome: 'waiting', movedTo: null });
    expect(results.find((r) => r.file === 'vacancy-2024.csv')).toMatchObject({
      file: 'vacancy-2024.csv',
      outcome: 'already-loaded',
      movedTo: 'archive/20250615T100100-vacancy-2024.csv',
    });
    expect(readdirSync(join(folder, 'archive')).sort()).toEqual(['20250615T100100-vacancy-2024.csv', 'vacancy-2024.csv']);
  });

  it('should find nothing to do when the inbox folder does not exist', async () => {
    const imports = new MunicipalImportService(pool, runner, { municipality: 'GM0106', timeZone: 'UTC' });
    const missing = new InboxScanJob(imports, runner, { folder: join(folder, 'bestaat-niet'), cron: undefined });
    expect(await missing.scan({ trigger: 'schedule' })).toEqual([]);
    expect(existsSync(join(folder, 'bestaat-niet'))).toBe(false);
  });

  it('should fail the run with INBOX_UNAVAILABLE when the inbox path is not a folder', async () => {
    writeFileSync(join(folder, 'geen-map'), 'x');
    const imports = new MunicipalImportService(pool, runner, { municipality: 'GM0106', timeZone: 'UTC' });
    const broken = new InboxScanJob(imports, runner, { folder: join(folder, 'geen-map'), cron: undefined });
    expect(await broken.run({ trigger: 'schedule' })).toEqual([
      expect.objectContaining({ status: 'failed', errorCode: 'INBOX_UNAVAILABLE' }),
    ]);
    const recorded = await pool.query(`SELECT source, status, error_code FROM etl_run WHERE source = 'inbox'`);
    expect(recorded.rows).toEqual([{ source: 'inbox', status: 'failed', error_code: 'INBOX_UNAVAILABLE' }]);
  });

  it('should do nothing and write no run row when another scan holds the inbox', async () => {
    drop('ok/jobseekers.csv', 'jobseekers-2025.csv');
    const before = (await pool.query(`SELECT count(*)::int AS n FROM etl_run`)).rows[0].n;
    const other = await lockSource(database.url, 'inbox');
    try {
      expect(await inbox.run({ trigger: 'schedule' })).toEqual([]);
    } finally {
      await other?.release();
    }
    expect((await pool.query(`SELECT count(*)::int AS n FROM etl_run`)).rows[0].n).toBe(before);
    expect(readdirSync(folder)).toContain('jobseekers-2025.csv');
  });
});
