import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

/** Loads one more real KWB 2020 figure as a run would: Assen's inhabitants aged 65 or over. */
async function loadAnotherFigure(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const run = await client.query<{ id: string }>(
      `INSERT INTO etl_run (source, table_id, trigger, status) VALUES ('cbs', '84799NED', 'cli', 'running') RETURNING id`,
    );
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
    await client.query(`UPDATE etl_run SET status = 'succeeded', finished_at = now(), rows_read = 1, rows_inserted = 1 WHERE id = $1`, [
      run.rows[0]!.id,
    ]);
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
    expect(
      (await request(api.server).get('/api/v1/ambitions?lang=en').set('If-None-Match', first.headers.etag!).expect(200)).headers.etag,
    ).not.toBe(first.headers.etag);
  });

  it('should drop cached answers and change the ETag when a run commits new figures', async () => {
    const before = await request(api.server).get('/api/v1/ambitions/generaties').expect(200);
    const aged = (body: { indicators: { id: string; latest: unknown }[] }) =>
      body.indicators.find((i) => i.id === 'population-age-65-plus')!.latest;
    expect(aged(before.body)).toBeNull();
    await loadAnotherFigure(api.database.url);
    const after = await request(api.server).get('/api/v1/ambitions/generaties').set('If-None-Match', before.headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(aged(after.body)).toEqual({ period: '2020JJ00', year: 2020, value: 13922, provisional: false, demo: false, evidence: 'cbs' });
    expect((await request(api.server).get('/api/v1/etl/runs?limit=1').expect(200)).body.data[0]).toMatchObject({
      tableId: '84799NED',
      rowsInserted: 1,
    });
  });

  it('should send helmet’s security headers and no X-Powered-By when any path is asked', async () => {
    const { headers } = await request(api.server).get('/api/v1/regions').expect(200);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-powered-by']).toBeUndefined();
  });

  it('should let any origin read, without cookies, when a public GET is asked from another site', async () => {
    const read = await request(api.server).get('/api/v1/regions').set('Origin', 'https://elsewhere.example').expect(200);
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    expect(read.headers['access-control-expose-headers']).toContain('ETag');
    const preflight = await request(api.server)
      .options('/api/v1/regions')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'if-none-match');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('should allow writes from the dashboard’s origin and no other when a preflight asks for POST', async () => {
    const ask = (origin: string) =>
      request(api.server)
        .options('/api/v1/etl/runs')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
    const dashboard = await ask('http://localhost:4200');
    expect(dashboard.headers['access-control-allow-origin']).toBe('http://localhost:4200');
    expect(dashboard.headers['access-control-allow-methods']).toContain('POST');
    expect((await ask('https://elsewhere.example')).headers['access-control-allow-origin']).toBeUndefined();
    const post = await request(api.server)
      .post('/api/v1/etl/runs')
      .set('Origin', 'https://elsewhere.example')
      .send({ source: 'cbs' })
      .expect(401);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('should serve the OpenAPI document at /api/v1/openapi.json and its UI beside it when asked', async () => {
    const { body } = await request(api.server).get('/api/v1/openapi.json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/ambitions',
        '/ambitions/{id}',
        '/indicators',
        '/indicators/{id}',
        '/indicators/{id}/regions',
        '/regions',
        '/regions/{code}',
        '/observations',
        '/downloads',
        '/downloads/datapackage.json',
        '/downloads/{file}',
        '/sources',
        '/etl/runs',
        '/etl/runs/{id}',
        '/etl/requests',
        '/etl/requests/{id}',
        '/uploads/files',
        '/uploads/{kind}',
        '/uploads/templates/{file}',
        '/uploads/files/{id}/content',
        '/health',
        '/auth/whoami',
        '/auth/keys',
      ]),
    );
    expect(body.paths['/observations'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['table', 'measure', 'region', 'from', 'to', 'asOf', 'format', 'cursor', 'limit', 'lang']),
    );
    const ui = await request(api.server).get('/api/v1/docs').expect(200);
    expect(ui.text).toContain('swagger-ui');
    // The UI loads its code from files, which helmet's Content-Security-Policy (script-src 'self') allows.
    expect(ui.text).not.toMatch(/<script>(?!\s*<\/script>)/);
    await request(api.server).get('/api/v1/docs/swagger-ui-init.js').expect(200);
    expect((await request(api.server).get('/api/docs').expect(301)).headers.location).toBe('/api/v1/docs');
    expect((await request(api.server).get('/api/docs-json').expect(301)).headers.location).toBe('/api/v1/openapi.json');
  });

  it('should answer with a problem when the path is unknown', async () => {
    const { body, headers } = await request(api.server).get('/api/v1/nothing-here?lang=en').expect(404);
    expect(headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(body).toEqual({
      status: 404,
      title: 'Not Found',
      code: 'NOT_FOUND',
      instance: '/api/v1/nothing-here',
      detail: 'This path does not exist in the API.',
    });
  });
});

describe('rate limiting', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ empty: true, env: { API_RATE_LIMIT: '3', API_RATE_WINDOW_SECONDS: '60' } })));
  afterAll(() => api.close());

  it('should answer 429 when one client makes more requests than the limit, but never on /health', async () => {
    for (let i = 0; i < 3; i++) await request(api.server).get('/api/v1/indicators').expect(200);
    const { body, headers } = await request(api.server).get('/api/v1/indicators').expect(429);
    expect(headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(body).toMatchObject({ status: 429, title: 'Te veel verzoeken', code: 'TOO_MANY_REQUESTS' });
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
