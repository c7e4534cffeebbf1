import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

const FUNCTIES = ['kantoor', 'winkel', 'woning', 'bedrijf', 'overig'];

/** `rows` valid vacancy rows of distinct keys: 10,000 buurten × 5 functies × years from 2000. */
function vacancyCsv(rows: number): Buffer {
  const lines = ['peildatum,gemeentecode,gebiedscode,functie,objecten_totaal,objecten_leeg,m2_totaal,m2_leeg,bron'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${2000 + Math.floor(i / 50_000)}-01-01,GM0106,BU0106${String(i % 10_000).padStart(4, '0')},${FUNCTIES[Math.floor(i / 10_000) % 5]},10,1,100,10,BAG`,
    );
  }
  return Buffer.from(lines.join('\n'));
}

describe('checking uploads off the event loop, a few at a time', () => {
  let api: E2eApi;
  let editor: string;

  beforeAll(async () => {
    api = await startE2eApi({ env: { UPLOAD_CONCURRENT_CHECKS: '1', UPLOAD_MAX_MB: '20', UPLOAD_MAX_ROWS: '150000' } });
    editor = await api.createKey('editor');
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    await db.query(`INSERT INTO region (code, name, level, parent_code)
      SELECT 'BU0106' || lpad(i::text, 4, '0'), 'Buurt ' || i, 'buurt', 'GM0106' FROM generate_series(0, 9999) i ON CONFLICT DO NOTHING`);
    await db.end();
  });
  afterAll(() => api.close());

  it('should answer 429 with Retry-After to the check beyond the limit and keep /health answering while a large check runs', async () => {
    const big = vacancyCsv(100_000);
    let settled = 0;
    const send = () =>
      request(api.server)
        .post('/api/v1/uploads/vacancy?dryRun=true')
        .set(bearer(editor))
        .attach('file', big, 'groot.csv')
        .then((response) => {
          settled++;
          return response;
        });
    const uploads = [send(), send()];
    // The refused one comes back first; the other is still being checked, in its worker.
    const refused = await Promise.race(uploads);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body).toMatchObject({ code: 'UPLOAD_CHECKS_BUSY', detail: expect.stringContaining('1 bestand(en) tegelijk') });
    const health = await request(api.server).get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(settled).toBe(1);
    const statuses = (await Promise.all(uploads)).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 429]);
  });

  it('should refuse a file with more rows than UPLOAD_MAX_ROWS whole, naming the limit, when it is longer', async () => {
    const { body } = await request(api.server)
      .post('/api/v1/uploads/vacancy?dryRun=true&lang=en')
      .set(bearer(editor))
      .attach('file', vacancyCsv(150_001), 'te-lang.csv')
      .expect(422);
    expect(body.issues).toEqual([
      expect.objectContaining({
        code: 'TOO_MANY_ROWS',
        message: expect.stringContaining('more than 150,000 data rows, the limit for one file (UPLOAD_MAX_ROWS)'),
      }),
    ]);
    expect(body.counts.rowsChecked).toBe(0);
  });
});
