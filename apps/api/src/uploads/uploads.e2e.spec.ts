import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { Client } from 'pg';
import request from 'supertest';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';
import { getBytes } from '../test-support/read-downloads';

const fixture = (path: string): Buffer => readFileSync(join(MUNICIPAL_FIXTURES_DIR, path));

describe('municipal uploads over HTTP', () => {
  let api: E2eApi;
  let editor: string;
  let viewer: string;
  let db: Client;

  const count = async (sql: string): Promise<number> => Number((await db.query<{ n: string }>(sql)).rows[0]!.n);

  beforeAll(async () => {
    // A check interval of a minute: only the upload's own invalidation can make the new figures visible at once.
    api = await startE2eApi({ env: { UPLOAD_MAX_MB: '1' }, options: { dataVersionTtlMs: 60_000 } });
    editor = await api.createKey('editor');
    viewer = await api.createKey('viewer');
    db = new Client({ connectionString: api.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  it('should refuse an upload without a key (401) and with a viewer key (403), storing nothing', async () => {
    await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .attach('file', fixture('ok/vacancy-comma.csv'), 'vacancy-comma.csv')
      .expect(401);
    const forbidden = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(viewer))
      .attach('file', fixture('ok/vacancy-comma.csv'), 'vacancy-comma.csv')
      .expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*) AS n FROM uploaded_file')).toBe(0);
  });

  it('should load a good file (201), show its figures at once, keep the file whole, and answer 200 when the same file comes again', async () => {
    const before = await request(api.server).get('/api/v1/indicators/office-vacancy').expect(200);
    expect(before.body.status).toBe('no_data');

    const loaded = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-comma.csv'), 'vacancy-comma.csv')
      .expect(201);
    expect(loaded.body).toMatchObject({
      outcome: 'loaded',
      kind: 'vacancy',
      file: 'vacancy-comma.csv',
      demo: false,
      counts: { rows: 5, issues: 0 },
    });
    expect(loaded.body.counts.inserted).toBeGreaterThan(0);
    expect(loaded.body.versionId).toMatch(/^\d+$/);

    // 59,700 of 398,000 m² office space vacant on 1 January 2024.
    const after = await request(api.server).get('/api/v1/indicators/office-vacancy').expect(200);
    expect(after.body.series.find((point: { period: string }) => point.period.startsWith('2024'))).toMatchObject({ value: 15 });
    expect(
      after.body.lineage.some((entry: { uploadedFile: { name: string } | null }) => entry.uploadedFile?.name === 'vacancy-comma.csv'),
    ).toBe(true);

    const stored = (await db.query(`SELECT uploaded_by, size_bytes, content FROM uploaded_file WHERE id = $1`, [loaded.body.versionId]))
      .rows[0];
    expect(stored.uploaded_by).toBe(`api-key:${editor.split('_').slice(0, 2).join('_')}`);
    expect(Buffer.compare(stored.content, fixture('ok/vacancy-comma.csv'))).toBe(0);
    const content = await getBytes(api, `/api/v1/uploads/files/${loaded.body.versionId}/content`, bearer(editor));
    expect(content.status).toBe(200);
    expect(Buffer.compare(content.body, fixture('ok/vacancy-comma.csv'))).toBe(0);
    expect(content.headers['content-disposition']).toMatch(/^attachment; filename="vacancy-comma.csv"/);

    const again = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-comma.csv'), 'again.csv')
      .expect(200);
    expect(again.body).toMatchObject({
      outcome: 'already-loaded',
      versionId: loaded.body.versionId,
      message: 'Dit bestand is al eerder geladen; er is niets veranderd.',
    });

    const list = await request(api.server).get('/api/v1/uploads/files').expect(200);
    expect(list.body.data).toEqual([
      expect.objectContaining({
        id: loaded.body.versionId,
        kind: 'vacancy',
        name: 'vacancy-comma.csv',
        demo: false,
        sizeBytes: fixture('ok/vacancy-comma.csv').length,
        runId: loaded.body.runId,
        withdrawal: null,
      }),
    ]);
  });

  it('should serve a stored file only to editors, as an attachment of a type no browser runs, when its content is asked for', async () => {
    const id = (await request(api.server).get('/api/v1/uploads/files').expect(200)).body.data[0].id;
    const path = `/api/v1/uploads/files/${id}/content`;
    await request(api.server).get(path).expect(401);
    expect((await request(api.server).get(path).set(bearer(viewer)).expect(403)).body.code).toBe('FORBIDDEN');
    const csv = await getBytes(api, path, bearer(editor));
    expect(csv.headers).toMatchObject({
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(csv.headers['content-disposition']).toMatch(/^attachment;/);

    const xlsx = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy.xlsx'), 'vacancy.xlsx')
      .expect(201);
    const workbook = await getBytes(api, `/api/v1/uploads/files/${xlsx.body.versionId}/content`, bearer(editor));
    expect(workbook.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(workbook.headers['content-disposition']).toMatch(/^attachment; filename="vacancy.xlsx"/);
    expect(Buffer.compare(workbook.body, fixture('ok/vacancy.xlsx'))).toBe(0);
  });

  it('should reject a file with every issue named by row, column and value (422) and change no figure', async () => {
    const observations = await count('SELECT count(*) AS n FROM observation');
    const rejected = await request(api.server)
      .post('/api/v1/uploads/vacancy?lang=en')
      .set(bearer(editor))
      .attach('file', fixture('not-ok/vacant-exceeds-total.csv'), 'vacant-exceeds-total.csv')
      .expect(422);
    expect(rejected.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(rejected.body).toMatchObject({
      status: 422,
      title: 'Unprocessable Content',
      code: 'UPLOAD_REJECTED',
      outcome: 'rejected',
      detail: expect.stringMatching(/^The file "vacant-exceeds-total.csv" was rejected: \d+ issues/),
    });
    expect(rejected.body.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'VACANT_EXCEEDS_TOTAL', row: 2, column: 'objecten_leeg', value: '500' }),
        expect.objectContaining({ code: 'LONG_VACANT_EXCEEDS_VACANT', row: 3, column: 'leeg_langer_dan_1_jaar_m2', value: '20000' }),
      ]),
    );
    // ?lang=en: every issue's message is the English one; message_en stays for clients that read it.
    for (const issue of rejected.body.issues) expect(issue.message).toBe(issue.message_en);
    expect(rejected.body.issues[0].message).toMatch(/^"objecten_leeg" \(500\) exceeds/);
    expect(rejected.body).toMatchObject({ counts: { rows: 2, rowsChecked: 2 }, issuesTruncated: false, periods: [], indicators: [] });
    expect(await count('SELECT count(*) AS n FROM observation')).toBe(observations);
    const run = await request(api.server).get(`/api/v1/etl/runs/${rejected.body.runId}`).expect(200);
    expect(run.body).toMatchObject({
      source: 'municipal-file',
      tableId: 'vacancy',
      trigger: 'api',
      status: 'failed',
      errorCode: 'FILE_REJECTED',
    });
    expect(run.body.rejectedRowsTotal).toBe(rejected.body.issues.length);
  });

  it('should check without storing when dryRun=true', async () => {
    const files = await count('SELECT count(*) AS n FROM uploaded_file');
    const dry = await request(api.server)
      .post('/api/v1/uploads/employment?dryRun=true')
      .set(bearer(editor))
      .attach('file', fixture('ok/employment.csv'), 'employment.csv')
      .expect(200);
    expect(dry.body).toMatchObject({
      outcome: 'dry-run-ok',
      kind: 'employment',
      message: 'Proefrun: het bestand is in orde; er is niets opgeslagen.',
    });
    expect(await count('SELECT count(*) AS n FROM uploaded_file')).toBe(files);
    const bad = await request(api.server)
      .post('/api/v1/uploads/employment?dryRun=maybe')
      .set(bearer(editor))
      .attach('file', fixture('ok/employment.csv'), 'employment.csv')
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_PARAMETER', 'invalid-params': [{ name: 'dryRun', reason: expect.any(String) }] });
  });

  it('should name what is wrong when the kind is unknown, the file is missing or too large', async () => {
    const unknown = await request(api.server)
      .post('/api/v1/uploads/climate')
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-comma.csv'), 'x.csv')
      .expect(404);
    expect(unknown.body).toEqual({
      status: 404,
      title: 'Niet gevonden',
      code: 'UPLOAD_KIND_NOT_FOUND',
      instance: '/api/v1/uploads/climate',
      detail: 'Koers kent geen bestandssoort "climate"; de soorten zijn: vacancy, employment, jobseekers.',
    });
    const none = await request(api.server).post('/api/v1/uploads/vacancy').set(bearer(editor)).expect(400);
    expect(none.body).toMatchObject({
      code: 'INVALID_PARAMETER',
      'invalid-params': [{ name: 'file', reason: expect.stringContaining('geen multipart/form-data') }],
    });
    const large = await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set(bearer(editor))
      .attach('file', Buffer.alloc(1024 * 1024 + 1, 'a'), 'large.csv')
      .expect(413);
    expect(large.body).toEqual({
      status: 413,
      title: 'Verzoek te groot',
      code: 'FILE_TOO_LARGE',
      instance: '/api/v1/uploads/vacancy',
      detail: 'Het bestand is groter dan 1 MB, de grens voor uploads. Splits het bestand.',
    });
  });

  it('should give counts, periods, the indicators the file feeds and the notices when a dry run is valid', async () => {
    const { body } = await request(api.server)
      .post('/api/v1/uploads/vacancy?dryRun=true&lang=en')
      .set(bearer(editor))
      .attach('file', fixture('ok/vacancy-windows-1252.csv'), 'v.csv')
      .expect(200);
    expect(body).toMatchObject({
      outcome: 'dry-run-ok',
      counts: { rows: 1, rowsChecked: 1, inserted: 0 },
      periods: ['2022JJ00'],
      notices: [expect.objectContaining({ code: 'DECODED_WINDOWS_1252', message: expect.stringMatching(/^The file was not valid UTF-8/) })],
    });
    expect(body.indicators).toEqual(expect.arrayContaining([{ id: 'office-vacancy', title: expect.any(String) }]));
  });

  it('should keep a file name with accents as it was sent', async () => {
    const { body } = await request(api.server)
      .post('/api/v1/uploads/jobseekers?dryRun=true')
      .set(bearer(editor))
      .attach('file', fixture('ok/jobseekers.csv'), 'werkzoekenden-één.csv')
      .expect(200);
    expect(body.file).toBe('werkzoekenden-één.csv');
  });

  it('should serve each template as CSV and as Excel, and 404 for a template that does not exist', async () => {
    const csv = await request(api.server).get('/api/v1/uploads/templates/vacancy.csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain('filename="vacancy-sjabloon.csv"');
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,leeg_langer_dan_1_jaar_m2,bron,opmerking',
    );

    const xlsx = await getBytes(api, '/api/v1/uploads/templates/employment.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.body).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Gegevens', 'Toelichting']);

    const notFound = await request(api.server).get('/api/v1/uploads/templates/vacancy.pdf?lang=en').expect(404);
    expect(notFound.body.code).toBe('TEMPLATE_NOT_FOUND');
    await request(api.server).get('/api/v1/uploads/templates/climate.csv').expect(404);
  });
});
