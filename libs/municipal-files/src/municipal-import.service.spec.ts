import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner, lockSource } from '@koers/loading';
import { uploadResponse } from './import-result';
import { MunicipalImportService } from './municipal-import.service';
import { templateCsv } from './upload-template';
import { NOW, fixtureBytes } from './test-support/municipal-fixtures';
import type { SpecifiedUploadKind } from '@koers/indicators';

const NOT_OK: [string, SpecifiedUploadKind][] = readdirSync(join(__dirname, '__fixtures__', 'not-ok')).map((file) => [
  file,
  file.startsWith('employment') ? 'employment' : file.startsWith('jobseekers') ? 'jobseekers' : 'vacancy',
]);

describe('MunicipalImportService', () => {
  let database: TestDatabase;
  let pool: Pool;
  let service: MunicipalImportService;
  let tick = 0;
  const query = async <T extends object>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows;
  const observationState = async () =>
    (
      await query<{ n: number; digest: string }>(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(id || ':' || coalesce(value::text, '') || ':' || publication_version, ',' ORDER BY id)), '') AS digest FROM observation`,
      )
    )[0];
  const importFixture = (kind: SpecifiedUploadKind, path: string, dryRun = false) =>
    service.importMunicipalFile({
      kind,
      fileName: path.split('/').pop()!,
      bytes: fixtureBytes(path),
      uploadedBy: 'test',
      trigger: 'api',
      dryRun,
    });

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    // Each import one second after the last, so publication order is upload order.
    const clock = () => new Date(NOW.getTime() + 1000 * tick++);
    service = new MunicipalImportService(pool, new SourceRunner(pool, database.url), {
      municipality: 'GM0106',
      timeZone: 'Europe/Amsterdam',
      clock,
    });
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should load a valid file as one version, keep the file whole and register the municipality when the database is fresh', async () => {
    const result = await importFixture('vacancy', 'ok/vacancy-comma.csv');
    expect(result).toMatchObject({
      outcome: 'loaded',
      demo: false,
      issues: [],
      counts: { rows: 5, observations: 25, missing: 10, inserted: 25, unchanged: 0, issues: 0 },
    });
    const [file] = await query<{ id: string; name: string; sha256: string; content: Buffer; run_id: string; kind: string }>(
      `SELECT * FROM uploaded_file`,
    );
    expect(file).toMatchObject({
      id: result.versionId,
      name: 'vacancy-comma.csv',
      sha256: result.sha256,
      run_id: result.runId,
      kind: 'vacancy',
    });
    expect(new Uint8Array(file!.content)).toEqual(fixtureBytes('ok/vacancy-comma.csv'));
    expect(await query(`SELECT DISTINCT publication_version, published_at FROM observation`)).toEqual([
      { publication_version: result.sha256, published_at: expect.any(Date) },
    ]);
    // Named by its code until the CBS source loads the region list.
    expect(await query(`SELECT code, name, level FROM region`)).toEqual([{ code: 'GM0106', name: 'GM0106', level: 'gemeente' }]);
    expect(await query(`SELECT source, table_id, trigger, status, rows_inserted FROM etl_run WHERE id = $1`, [result.runId])).toEqual([
      { source: 'municipal-file', table_id: 'vacancy', trigger: 'api', status: 'succeeded', rows_inserted: 25 },
    ]);
    expect(await query(`SELECT provider, table_id FROM source_table`)).toEqual([{ provider: 'municipal-file', table_id: 'vacancy' }]);
    const missing = await query(`SELECT missing_reason, count(*)::int AS n FROM observation WHERE value IS NULL GROUP BY 1 ORDER BY 1`);
    expect(missing).toEqual([
      { missing_reason: '-', n: 2 },
      { missing_reason: '.', n: 1 },
      { missing_reason: 'empty', n: 2 },
      { missing_reason: 'x', n: 5 },
    ]);
    expect(await query(`SELECT count(*)::int AS n FROM observation WHERE value IS NULL AND missing_reason IS NULL`)).toEqual([{ n: 0 }]);
  });

  it('should report already-loaded and write nothing when the same file comes again', async () => {
    const first = (await query<{ id: string; run_id: string }>(`SELECT id, run_id FROM uploaded_file`))[0]!;
    const before = await observationState();
    const runs = await query(`SELECT id FROM etl_run`);
    const again = await importFixture('vacancy', 'ok/vacancy-comma.csv');
    expect(again).toMatchObject({ outcome: 'already-loaded', versionId: first.id, runId: first.run_id, issues: [] });
    expect(uploadResponse(again).outcome).toBe('already-loaded');
    expect(await observationState()).toEqual(before);
    expect(await query(`SELECT id FROM etl_run`)).toEqual(runs);
  });

  it('should add a new version and keep the old one when a corrected file for the same peildatum is loaded', async () => {
    const corrected = await importFixture('vacancy', 'ok/vacancy-comma-corrected.csv');
    expect(corrected).toMatchObject({ outcome: 'loaded', counts: { inserted: 1, unchanged: 24 } });
    expect(uploadResponse(corrected)).toMatchObject({ outcome: 'loaded', versionId: corrected.versionId, counts: { inserted: 1 } });
    const sql = `SELECT value FROM %s o JOIN measure m ON m.id = o.measure_id WHERE m.name = 'office_vacant_m2' AND o.period_code = '2024JJ00'`;
    expect(await query(`${sql.replace('%s', 'observation')} ORDER BY o.published_at`)).toEqual([{ value: '59700' }, { value: '58900' }]);
    expect(await query(sql.replace('%s', 'current_observation'))).toEqual([{ value: '58900' }]);
    expect(await query(`SELECT count(*)::int AS n FROM uploaded_file`)).toEqual([{ n: 2 }]);
  });

  it.each(NOT_OK)(
    'should reject not-ok/%s whole, leave observation untouched and log the issues when it is imported',
    async (file, kind) => {
      const before = await observationState();
      const files = await query(`SELECT id FROM uploaded_file`);
      const result = await importFixture(kind, `not-ok/${file}`);
      expect(result.outcome).toBe('rejected');
      expect(result.issues.length).toBeGreaterThan(0);
      expect(await observationState()).toEqual(before);
      expect(await query(`SELECT id FROM uploaded_file`)).toEqual(files);
      const [run] = await query<{ status: string; error_code: string; rows_rejected: number; rows_inserted: number }>(
        `SELECT status, error_code, rows_rejected, rows_inserted FROM etl_run WHERE id = $1`,
        [result.runId],
      );
      expect(run).toEqual({ status: 'failed', error_code: 'FILE_REJECTED', rows_rejected: result.issues.length, rows_inserted: 0 });
      const rejected = await query<{ location: string }>(`SELECT location FROM rejected_row WHERE run_id = $1 ORDER BY id`, [result.runId]);
      expect(rejected.map((row) => row.location)).toEqual(
        result.issues.map((i) => [i.file, i.row === null ? null : `row ${i.row}`, i.column].filter((p) => p !== null).join(':')),
      );
    },
  );

  it('should store the issue location, raw value and reason when a file is rejected', async () => {
    const result = await importFixture('vacancy', 'not-ok/unknown-column.csv');
    const rows = await query(`SELECT location, raw_value, reason FROM rejected_row WHERE run_id = $1 ORDER BY id`, [result.runId]);
    expect(rows[1]).toEqual({
      location: 'unknown-column.csv:row 1:m2_leegstand',
      raw_value: 'm2_leegstand',
      reason: expect.stringMatching(/^UNKNOWN_COLUMN: Onbekende kolom "m2_leegstand"\. Bedoelt u "m2_leeg"\?.* \/ Unknown column/),
    });
    expect(uploadResponse(result)).toMatchObject({
      outcome: 'rejected',
      issues: [{ row: 1, column: 'm2_leeg', value: null, code: 'MISSING_COLUMN' }, expect.anything(), expect.anything()],
    });
  });

  it('should write nothing at all when the import is a dry run', async () => {
    const counts = async () =>
      query(
        `SELECT (SELECT count(*) FROM observation)::int AS o, (SELECT count(*) FROM etl_run)::int AS r, (SELECT count(*) FROM uploaded_file)::int AS f`,
      );
    const before = await counts();
    const ok = await importFixture('employment', 'ok/employment.csv', true);
    expect(ok).toMatchObject({
      outcome: 'dry-run-ok',
      runId: null,
      versionId: null,
      counts: { rows: 7, observations: 28, missing: 4, inserted: 0 },
    });
    const bad = await importFixture('employment', 'not-ok/employment-sections-exceed-total.csv', true);
    expect(bad).toMatchObject({ outcome: 'rejected', runId: null });
    expect(await counts()).toEqual(before);
  });

  it('should load figures per wijk when the CBS regions are there', async () => {
    await pool.query(
      `INSERT INTO region (code, name, level, parent_code) VALUES ('WK010601', 'Centrum', 'wijk', 'GM0106'), ('BU01060101', 'Binnenstad', 'buurt', 'WK010601')`,
    );
    const result = await importFixture('vacancy', 'ok/vacancy-wijk.csv');
    expect(result).toMatchObject({ outcome: 'loaded', counts: { inserted: 8 } });
  });

  it('should load the other formats and the XLSX when they are valid', async () => {
    for (const [kind, path, observations] of [
      ['employment', 'ok/employment.csv', 28],
      ['jobseekers', 'ok/jobseekers.csv', 4],
      ['vacancy', 'ok/vacancy.xlsx', 15],
    ] as const) {
      expect(await importFixture(kind, path)).toMatchObject({ outcome: 'loaded', counts: { observations } });
    }
    const names = await query<{ name: string }>(
      `SELECT DISTINCT m.name FROM measure m JOIN source_table s ON s.id = m.source_table_id WHERE s.table_id <> 'vacancy' ORDER BY 1`,
    );
    expect(names.map((row) => row.name)).toEqual(
      expect.arrayContaining([
        'jobs_total',
        'jobs_sbi_J',
        'lisa_establishments_total',
        'lisa_establishments_sbi_J',
        'jobseekers_nww',
        'jobseekers_gwu',
        'employment.banen_voltijd.TOTAAL',
      ]),
    );
  });

  it('should mark the stored file as voorbeelddata when every bron says VOORBEELDDATA', async () => {
    const result = await service.importMunicipalFile({
      kind: 'jobseekers',
      fileName: 'jobseekers-sjabloon.csv',
      bytes: templateCsv('jobseekers'),
      uploadedBy: 'test',
      trigger: 'cli',
    });
    expect(result).toMatchObject({ outcome: 'loaded', demo: true });
    const [file] = await query<{ name: string; demo: boolean }>(`SELECT name, demo FROM uploaded_file WHERE id = $1`, [result.versionId]);
    expect(file).toEqual({ name: 'jobseekers-sjabloon.csv', demo: true });
  });

  it.each([['vacancy'], ['employment'], ['jobseekers']] as const)(
    'should load the %s demo file of data/demo as voorbeelddata when imported',
    async (kind) => {
      const folder = join(__dirname, '..', '..', '..', 'data', 'demo');
      const fileName = readdirSync(folder).find((name) => name.startsWith(`${kind}-`))!;
      const result = await service.importMunicipalFile({
        kind,
        fileName,
        bytes: new Uint8Array(readFileSync(join(folder, fileName))),
        uploadedBy: 'test',
        trigger: 'cli',
      });
      expect(result.issues).toEqual([]);
      expect(result).toMatchObject({ outcome: 'loaded', demo: true });
    },
  );

  it('should refuse with UNKNOWN_KIND when the kind is not an upload kind', async () => {
    const request = {
      kind: 'climate',
      fileName: 'c.csv',
      bytes: new Uint8Array([1]),
      uploadedBy: 'test',
      trigger: 'api',
    } as unknown as Parameters<MunicipalImportService['importMunicipalFile']>[0];
    await expect(service.importMunicipalFile(request)).rejects.toMatchObject({ code: 'UNKNOWN_KIND' });
  });

  it('should wait for the lock without writing run rows, and give up with SOURCE_BUSY and one LOCKED row when another import keeps it', async () => {
    const lock = await lockSource(database.url, 'municipal-file');
    const busy = new MunicipalImportService(pool, new SourceRunner(pool, database.url), {
      municipality: 'GM0106',
      timeZone: 'UTC',
      clock: () => NOW,
      lockWaitMs: 300,
    });
    const lockedRows = async () =>
      Number((await pool.query(`SELECT count(*) FROM etl_run WHERE source = 'municipal-file' AND error_code = 'LOCKED'`)).rows[0].count);
    const before = await lockedRows();
    try {
      await expect(
        busy.importMunicipalFile({
          kind: 'vacancy',
          fileName: 'v.csv',
          bytes: fixtureBytes('ok/vacancy-semicolon.csv'),
          uploadedBy: 'test',
          trigger: 'api',
        }),
      ).rejects.toMatchObject({ code: 'SOURCE_BUSY' });
      expect(await lockedRows()).toBe(before + 1);
    } finally {
      await lock?.release();
      await busy.close();
    }
  });

  it('should load once the other import lets go of the lock when it is released within the wait', async () => {
    const lock = await lockSource(database.url, 'municipal-file');
    const patient = new MunicipalImportService(pool, new SourceRunner(pool, database.url), {
      municipality: 'GM0106',
      timeZone: 'UTC',
      clock: () => NOW,
      lockWaitMs: 30_000,
    });
    const lockedRows = async () =>
      Number((await pool.query(`SELECT count(*) FROM etl_run WHERE source = 'municipal-file' AND error_code = 'LOCKED'`)).rows[0].count);
    const before = await lockedRows();
    const importing = patient.importMunicipalFile({
      kind: 'employment',
      fileName: 'e.csv',
      bytes: fixtureBytes('ok/employment.csv'),
      uploadedBy: 'test',
      trigger: 'api',
    });
    // The import is waiting in the database now; let go once it has had time to start waiting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await lock?.release();
    await expect(importing).resolves.toMatchObject({ outcome: expect.stringMatching(/^(loaded|already-loaded)$/) });
    expect(await lockedRows()).toBe(before);
    await patient.close();
  });
});
