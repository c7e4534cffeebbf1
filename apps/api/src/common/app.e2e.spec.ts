import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

/** Loads one more real KWB 2020 figure as a run would: Assen's inhabitants aged 65 or over. */
async function loadAnotherFigure(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const run = await client.query<{ id: string }>(`INSERT INTO etl_run (source, table_id, trigger, status) VALUES ('cbs', '84799NED', 'cli', 'running') RETURNING id`);
    const measure = await client.query<{ id: number }>(
      `INSERT INTO measure (source_table_id, source_key, name, title)
       SELECT id, 'k_65JaarOfOuder_12', 'population_age_65_plus', '65 jaar of ouder' FROM source_table WHERE table_id = '84799NED' RETURNING id`,
    );
    // shared/data/cbs/84799NED/TypedDataSet_GM0106_peers.csv: GM0106, k_65JaarOfOuder_12 = 13922.
    await client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, status, publication_version, published_at, run_id)
       VALUES ($1, 'GM0106', '2020JJ00', '2020-01-01', '2020-12-31', 13922, 'definitive', '2021-03-26T02:00:00+01:00', '2021-03-26T02:00:00+01:00', $2)`,
      [measure.rows[0]!.id, run.rows[0]!.id],
    );
    await client.query(`UPDATE etl_run SET status = 'succeeded', finished_at = now(), rows_read = 1, rows_inserted = 1 WHERE id = $1`, [run.rows[0]!.id]);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

describe('the API as a whole', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ options: { dataVersionTtlMs: 0 } })));
  afterAll(() => api.close());

  it('should answer 304 when the client sends the ETag of unchanged data', async () => {
    const first = await request(api.server).get('/api/v1/ambitions').expect(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await request(api.server).get('/api/v1/ambitions').set('If-None-Match', first.headers.etag!).expect(304);
    expect(again.text).toBe('');
    expect((await request(api.server).get('/api/v1/ambitions?lang=en').set('If-None-Match', first.headers.etag!).expect(200)).headers.etag).not.toBe(first.headers.etag);
  });

  it('should drop cached answers and change the ETag when a run commits new figures', async () => {
    const before = await request(api.server).get('/api/v1/ambitions/generaties').expect(200);
    const aged = (body: { indicators: { id: string; latest: unknown }[] }) => body.indicators.find((i) => i.id === 'population-age-65-plus')!.latest;
    expect(aged(before.body)).toBeNull();
    await loadAnotherFigure(api.database.url);
    const after = await request(api.server).get('/api/v1/ambitions/generaties').set('If-None-Match', before.headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(aged(after.body)).toEqual({ period: '2020JJ00', year: 2020, value: 13922, provisional: false, demo: false, evidence: 'cbs' });
    expect((await request(api.server).get('/api/v1/etl/runs?limit=1').expect(200)).body.data[0]).toMatchObject({ tableId: '84799NED', rowsInserted: 1 });
  });

  it('should send helmet’s security headers and no X-Powered-By when any path is asked', async () => {
    const { headers } = await request(api.server).get('/api/v1/regions').expect(200);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('should allow the dashboard’s origin and no other when CORS is checked', async () => {
    const allowed = await request(api.server).get('/api/v1/regions').set('Origin', 'http://localhost:4200').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(allowed.headers['access-control-expose-headers']).toContain('ETag');
    const other = await request(api.server).get('/api/v1/regions').set('Origin', 'https://elsewhere.example').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('should serve the OpenAPI document and its UI when asked', async () => {
    const { body } = await request(api.server).get('/api/docs-json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/api/v1/ambitions', '/api/v1/ambitions/{id}', '/api/v1/indicators', '/api/v1/indicators/{id}', '/api/v1/indicators/{id}/regions',
      '/api/v1/regions', '/api/v1/regions/{code}', '/api/v1/observations', '/api/v1/downloads', '/api/v1/downloads/datapackage.json',
      '/api/v1/downloads/{file}', '/api/v1/sources', '/api/v1/etl/runs', '/api/v1/etl/runs/{id}', '/api/v1/etl/requests', '/api/v1/etl/requests/{id}',
      '/api/v1/uploads', '/api/v1/uploads/{kind}', '/api/v1/uploads/templates/{file}', '/api/v1/uploads/{id}/content', '/api/v1/health', '/api/v1/auth/whoami', '/api/v1/auth/keys',
    ]));
    expect(body.paths['/api/v1/observations'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['table', 'measure', 'region', 'from', 'to', 'asOf', 'format', 'cursor', 'limit', 'lang']),
    );
    const ui = await request(api.server).get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
    // The UI loads its code from files, which helmet's Content-Security-Policy (script-src 'self') allows.
    expect(ui.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    await request(api.server).get('/api/docs/swagger-ui-init.js').expect(200);
  });

  it('should answer with the JSON error shape when the path is unknown', async () => {
    const { body } = await request(api.server).get('/api/v1/nothing-here?lang=en').expect(404);
    expect(body).toEqual({ statusCode: 404, error: 'NOT_FOUND', message: 'This path does not exist in the API.' });
  });
});

describe('rate limiting', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ empty: true, env: { API_RATE_LIMIT: '3', API_RATE_WINDOW_SECONDS: '60' } })));
  afterAll(() => api.close());

  it('should answer 429 when one client makes more requests than the limit, but never on /health', async () => {
    for (let i = 0; i < 3; i++) await request(api.server).get('/api/v1/indicators').expect(200);
    const { body, headers } = await request(api.server).get('/api/v1/indicators').expect(429);
    expect(body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
    expect(headers['retry-after']).toBeDefined();
    await request(api.server).get('/api/v1/health').expect(200);
  });

  it('should count each client behind the dashboard’s forwarding apart, by the X-Forwarded-For a loopback proxy sets', async () => {
    const from = (client: string) => ({ 'X-Forwarded-For': client });
    for (let i = 0; i < 3; i++) await request(api.server).get('/api/v1/indicators').set(from('203.0.113.7')).expect(200);
    await request(api.server).get('/api/v1/indicators').set(from('203.0.113.7')).expect(429);
    await request(api.server).get('/api/v1/indicators').set(from('198.51.100.20')).expect(200);
  });
});

describe('rate limiting without a trusted proxy', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ empty: true, env: { API_RATE_LIMIT: '2', API_TRUST_PROXY: 'off' } })));
  afterAll(() => api.close());

  it('should ignore X-Forwarded-For, so a client cannot escape the limit by inventing addresses', async () => {
    await request(api.server).get('/api/v1/indicators').set('X-Forwarded-For', '203.0.113.1').expect(200);
    await request(api.server).get('/api/v1/indicators').set('X-Forwarded-For', '203.0.113.2').expect(200);
    await request(api.server).get('/api/v1/indicators').set('X-Forwarded-For', '203.0.113.3').expect(429);
  });
});
