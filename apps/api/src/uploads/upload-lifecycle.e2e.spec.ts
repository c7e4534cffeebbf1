import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

const fixture = (path: string): Buffer => readFileSync(join(MUNICIPAL_FIXTURES_DIR, path));

// vacancy-comma.csv: 59,700 of 398,000 m² offices vacant (15 %); vacancy-comma-corrected.csv: 58,900 (14.80 %).
const ORIGINAL = 'ok/vacancy-comma.csv';
const CORRECTED = 'ok/vacancy-comma-corrected.csv';

describe('withdrawing and replacing uploaded files over HTTP', () => {
  let api: E2eApi;
  let editor: string;
  let viewer: string;
  let db: Client;

  const upload = (path: string, query = '') =>
    request(api.server).post(`/api/v1/uploads/vacancy${query}`).set(bearer(editor)).attach('file', fixture(path), path.split('/').pop()!);
  const office2024 = async (): Promise<number | null> => {
    const { body } = await request(api.server).get('/api/v1/indicators/office-vacancy').expect(200);
    return body.series?.find((point: { period: string }) => point.period.startsWith('2024'))?.value ?? null;
  };
  const officeAsOf = async (day: string): Promise<string[]> => {
    const { body } = await request(api.server).get(`/api/v1/observations?measure=office_vacant_m2&region=GM0106&asOf=${day}`).expect(200);
    return body.data.filter((row: { period: string }) => row.period === '2024JJ00').map((row: { value: number }) => String(row.value));
  };
  /** Publication as if the file had been uploaded on `at` (the as-of reads go by publication time). */
  const publishedOn = async (sha256: string, at: string) => {
    await db.query(`UPDATE observation SET published_at = $2 WHERE publication_version = $1`, [sha256, at]);
    await db.query(`UPDATE uploaded_file SET uploaded_at = $2 WHERE sha256 = $1`, [sha256, at]);
  };

  beforeAll(async () => {
    // A check interval of a minute: only the withdrawal's own invalidation can make the change visible at once.
    api = await startE2eApi({ options: { dataVersionTtlMs: 60_000 } });
    editor = await api.createKey('editor');
    viewer = await api.createKey('viewer');
    db = new Client({ connectionString: api.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('should refuse a withdrawal without a key (401) and with a viewer key (403), changing nothing', async () => {
    const loaded = await upload(ORIGINAL).expect(201);
    await publishedOn(loaded.body.sha256, '2025-01-05T12:00:00Z');
    await request(api.server).post(`/api/v1/uploads/files/${loaded.body.versionId}/withdraw`).send({ reason: 'test' }).expect(401);
    const forbidden = await request(api.server)
      .post(`/api/v1/uploads/files/${loaded.body.versionId}/withdraw`)
      .set(bearer(viewer))
      .send({ reason: 'test' })
      .expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect((await db.query(`SELECT count(*)::int AS n FROM uploaded_file WHERE withdrawn_at IS NOT NULL`)).rows).toEqual([{ n: 0 }]);
  });

  it('should make the previous version current again at once, audited, and keep the as-of figure when a file is withdrawn', async () => {
    const corrected = await upload(CORRECTED).expect(201);
    await publishedOn(corrected.body.sha256, '2025-01-10T12:00:00Z');
    expect(await office2024()).toBeCloseTo(14.8, 1);

    const withdrawn = await request(api.server)
      .post(`/api/v1/uploads/files/${corrected.body.versionId}/withdraw?lang=en`)
      .set(bearer(editor))
      .send({ reason: 'verkeerde peildatum' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({
      id: corrected.body.versionId,
      withdrawal: {
        withdrawnBy: `api-key:${editor.split('_').slice(0, 2).join('_')}`,
        reason: 'verkeerde peildatum',
        replacedBy: null,
        withdrawnAt: expect.any(String),
      },
      periods: ['2024JJ00'],
      figures: { stored: 25, current: 0 },
      indicators: expect.arrayContaining([expect.objectContaining({ id: 'office-vacancy' })]),
    });
    // The cached answers are dropped at once (the data version changed), and the earlier file's figure is back.
    expect(await office2024()).toBe(15);
    // As published on 11 January, after the corrected file and before its withdrawal, its figure was current.
    expect(await officeAsOf('2025-01-11')).toEqual(['58900']);
    expect(await officeAsOf('2025-01-06')).toEqual(['59700']);
    // As of today, after the withdrawal, it no longer was.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(await officeAsOf(today)).toEqual(['59700']);
    const list = await request(api.server).get('/api/v1/uploads/files').expect(200);
    expect(list.body.data.find((file: { id: string }) => file.id === corrected.body.versionId).withdrawal).toMatchObject({
      reason: 'verkeerde peildatum',
    });
  });

  it('should answer 409 and change nothing when a file is withdrawn twice, and 404 for a file that does not exist', async () => {
    const id = (await db.query<{ id: string }>(`SELECT id FROM uploaded_file WHERE withdrawn_at IS NOT NULL`)).rows[0]!.id;
    const twice = await request(api.server)
      .post(`/api/v1/uploads/files/${id}/withdraw`)
      .set(bearer(editor))
      .send({ reason: 'nog eens' })
      .expect(409);
    expect(twice.body).toMatchObject({ code: 'UPLOAD_ALREADY_WITHDRAWN' });
    expect((await db.query(`SELECT withdrawal_reason FROM uploaded_file WHERE id = $1`, [id])).rows).toEqual([
      { withdrawal_reason: 'verkeerde peildatum' },
    ]);
    await request(api.server)
      .post('/api/v1/uploads/files/999999/withdraw')
      .set(bearer(editor))
      .send({ reason: 'bestaat niet' })
      .expect(404);
    const noReason = await request(api.server)
      .post(`/api/v1/uploads/files/${id}/withdraw`)
      .set(bearer(editor))
      .send({ reason: '  ' })
      .expect(400);
    expect(noReason.body).toMatchObject({ code: 'INVALID_PARAMETER', 'invalid-params': [{ name: 'reason', reason: expect.any(String) }] });
  });

  it('should load the new version and withdraw the one it replaces in one request when replaces is given', async () => {
    const original = (await db.query<{ id: string }>(`SELECT id FROM uploaded_file WHERE withdrawn_at IS NULL`)).rows[0]!.id;
    const dry = await request(api.server)
      .post(`/api/v1/uploads/vacancy?dryRun=true&replaces=${original}`)
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-comma-corrected.csv'), 'nieuw.csv')
      .expect(200);
    expect(dry.body.replaces).toEqual({ versionId: original, withdrawnAt: null, withdrawnBy: null, reason: null });
    const other = await request(api.server)
      .post(`/api/v1/uploads/jobseekers?replaces=${original}`)
      .set(bearer(editor))
      .attach('file', fixture('ok/jobseekers.csv'), 'j.csv')
      .expect(409);
    expect(other.body.code).toBe('UPLOAD_KIND_MISMATCH');

    const replacing = await upload(
      'ok/vacancy-semicolon.csv',
      `?replaces=${original}&reason=${encodeURIComponent('nieuwe telling')}`,
    ).expect(201);
    expect(replacing.body.replaces).toMatchObject({ versionId: original, reason: 'nieuwe telling', withdrawnAt: expect.any(String) });
    const detail = await request(api.server).get(`/api/v1/uploads/files/${original}`).expect(200);
    expect(detail.body.withdrawal).toMatchObject({ replacedBy: replacing.body.versionId, reason: 'nieuwe telling' });
    expect((await request(api.server).get(`/api/v1/uploads/files/${replacing.body.versionId}`).expect(200)).body.replaced).toEqual([
      original,
    ]);
    await request(api.server)
      .post(`/api/v1/uploads/vacancy?replaces=${original}`)
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-wijk.csv'), 'w.csv')
      .expect(409);
  });
});
