import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { SourceRunner } from '@koers/loading';
import { MunicipalFileStore } from './municipal-file.store';
import { MunicipalImportService } from './municipal-import.service';
import { NOW, fixtureBytes } from './test-support/municipal-fixtures';

// vacancy-comma.csv has office_vacant_m2 59,700 for 2024; vacancy-comma-corrected.csv the same 24 figures and 58,900.
const OFFICE = `SELECT o.value, o.publication_version AS version FROM %s o JOIN measure m ON m.id = o.measure_id
  WHERE m.name = 'office_vacant_m2' AND o.period_code = '2024JJ00' AND o.region_code = 'GM0106'`;

describe('withdrawing and replacing uploaded files', () => {
  let database: TestDatabase;
  let pool: Pool;
  let service: MunicipalImportService;
  let store: MunicipalFileStore;
  let tick = 0;
  const at = () => new Date(NOW.getTime() + 1000 * tick++);
  const load = (path: string, replaces?: { id: string; reason?: string }) =>
    service.importMunicipalFile({
      kind: 'vacancy',
      fileName: path.split('/').pop()!,
      bytes: fixtureBytes(path),
      uploadedBy: 'test',
      trigger: 'api',
      replaces,
    });
  const current = async () => (await pool.query<{ value: string; version: string }>(OFFICE.replace('%s', 'current_observation'))).rows;
  const currentCount = async () => Number((await pool.query<{ n: string }>(`SELECT count(*) AS n FROM current_observation`)).rows[0]!.n);

  beforeEach(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    service = new MunicipalImportService(pool, new SourceRunner(pool, database.url), {
      municipality: 'GM0106',
      timeZone: 'Europe/Amsterdam',
      clock: at,
    });
    store = new MunicipalFileStore(pool);
  });
  afterEach(async () => {
    await service.close();
    await pool.end();
    await database.drop();
  });

  it('should make the previous version of each figure current again and keep the file and its figures when the newer file is withdrawn', async () => {
    const first = await load('ok/vacancy-comma.csv');
    const corrected = await load('ok/vacancy-comma-corrected.csv');
    expect(await current()).toEqual([{ value: '58900', version: corrected.sha256 }]);
    const withdrawal = await store.withdraw({
      id: corrected.versionId!,
      by: 'api-key:koers_ab12',
      reason: 'verkeerde peildatum',
      at: at(),
    });
    expect(withdrawal).toMatchObject({
      id: corrected.versionId,
      withdrawnBy: 'api-key:koers_ab12',
      reason: 'verkeerde peildatum',
      replacedBy: null,
    });
    expect(await current()).toEqual([{ value: '59700', version: first.sha256 }]);
    // Nothing deleted: the withdrawn file and every one of its figures are still there.
    const kept = await pool.query(`SELECT count(*)::int AS n FROM observation WHERE publication_version = $1`, [corrected.sha256]);
    expect(kept.rows).toEqual([{ n: 25 }]);
    expect((await pool.query(`SELECT count(*)::int AS n FROM uploaded_file`)).rows).toEqual([{ n: 2 }]);
  });

  it('should keep every figure of the newer file current, also those it repeated unchanged, when the older file is withdrawn', async () => {
    await load('ok/vacancy-comma.csv');
    const before = await currentCount();
    const corrected = await load('ok/vacancy-comma-corrected.csv');
    expect(corrected.counts).toMatchObject({ inserted: 1, unchanged: 24 });
    const older = (await pool.query<{ id: string }>(`SELECT id FROM uploaded_file WHERE sha256 <> $1`, [corrected.sha256])).rows[0]!.id;
    await store.withdraw({ id: older, by: 'test', reason: 'vervangen', at: at() });
    expect(await currentCount()).toBe(before);
    const versions = await pool.query(`SELECT DISTINCT publication_version AS version FROM current_observation`);
    expect(versions.rows).toEqual([{ version: corrected.sha256 }]);
  });

  it('should withdraw the replaced version with who, when and why in the same step when a file is loaded with replaces', async () => {
    const first = await load('ok/vacancy-comma.csv');
    const dry = await service.importMunicipalFile({
      kind: 'vacancy',
      fileName: 'c.csv',
      bytes: fixtureBytes('ok/vacancy-comma-corrected.csv'),
      uploadedBy: 'test',
      trigger: 'api',
      dryRun: true,
      replaces: { id: first.versionId! },
    });
    expect(dry).toMatchObject({ outcome: 'dry-run-ok', replaces: { versionId: first.versionId, withdrawal: null } });
    const replacing = await load('ok/vacancy-comma-corrected.csv', { id: first.versionId!, reason: 'correctie kantoren' });
    expect(replacing).toMatchObject({
      outcome: 'loaded',
      replaces: {
        versionId: first.versionId,
        withdrawal: { withdrawnBy: 'test', reason: 'correctie kantoren', replacedBy: replacing.versionId },
      },
    });
    const row = (
      await pool.query(
        `SELECT withdrawn_by, withdrawal_reason, replaced_by, withdrawn_at IS NOT NULL AS withdrawn FROM uploaded_file WHERE id = $1`,
        [first.versionId],
      )
    ).rows[0];
    expect(row).toEqual({
      withdrawn_by: 'test',
      withdrawal_reason: 'correctie kantoren',
      replaced_by: replacing.versionId,
      withdrawn: true,
    });
    expect(await current()).toEqual([{ value: '58900', version: replacing.sha256 }]);
    expect(replacing.impact).toMatchObject({
      periods: ['2024JJ00'],
      indicators: expect.arrayContaining([expect.objectContaining({ id: 'office-vacancy' })]),
    });
  });

  it('should refuse with FILE_NOT_FOUND, OTHER_KIND and ALREADY_WITHDRAWN when the file to withdraw or replace is not one that counts', async () => {
    const first = await load('ok/vacancy-comma.csv');
    await expect(store.withdraw({ id: '999', by: 'test', reason: 'x', at: at() })).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    const jobs = await service.importMunicipalFile({
      kind: 'jobseekers',
      fileName: 'j.csv',
      bytes: fixtureBytes('ok/jobseekers.csv'),
      uploadedBy: 'test',
      trigger: 'api',
    });
    await expect(load('ok/vacancy-comma-corrected.csv', { id: jobs.versionId! })).rejects.toMatchObject({ code: 'OTHER_KIND' });
    await store.withdraw({ id: first.versionId!, by: 'test', reason: 'fout', at: at() });
    await expect(store.withdraw({ id: first.versionId!, by: 'test', reason: 'nog eens', at: at() })).rejects.toMatchObject({
      code: 'ALREADY_WITHDRAWN',
    });
    await expect(load('ok/vacancy-comma-corrected.csv', { id: first.versionId! })).rejects.toMatchObject({ code: 'ALREADY_WITHDRAWN' });
  });

  it('should load nothing and say the earlier version was withdrawn when a withdrawn file comes again', async () => {
    const first = await load('ok/vacancy-comma.csv');
    await store.withdraw({ id: first.versionId!, by: 'test', reason: 'fout', at: at() });
    const again = await load('ok/vacancy-comma.csv');
    expect(again).toMatchObject({
      outcome: 'already-loaded',
      versionId: first.versionId,
      notices: [expect.objectContaining({ code: 'WITHDRAWN_BEFORE' })],
    });
    expect(await current()).toEqual([]);
  });
});
