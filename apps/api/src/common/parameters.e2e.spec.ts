import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, bearer, startE2eApi } from '../test-support/e2e-app';

/** A cursor as the API encodes one (base64url JSON of measure id, region, period), with any content. */
function forgedCursor(content: unknown): string {
  return Buffer.from(JSON.stringify(content)).toString('base64url');
}

describe('parameters that pass a pattern but not the database', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  // Signed in as the admin: `/uploads/:id/content` is for editors only, and a key is checked before the parameters.
  const refused = async (path: string, parameter: string) => {
    const { body } = await request(api.server).get(path).set(bearer(api.adminToken)).expect(400);
    expect(body).toMatchObject({
      status: 400,
      code: 'INVALID_PARAMETER',
      'invalid-params': [{ name: parameter, reason: expect.any(String) }],
    });
  };

  it('should answer 400 naming asOf when it is no calendar date', async () => {
    for (const date of ['2025-02-30', '2025-02-29', '0000-01-01', '2025-04-31']) await refused(`/api/v1/observations?asOf=${date}`, 'asOf');
    const { body } = await request(api.server).get('/api/v1/observations?asOf=2024-02-29&lang=en').expect(200);
    expect(body.asOf).toBe('2024-02-29');
    const why = await request(api.server).get('/api/v1/observations?asOf=2025-02-29&lang=en').expect(400);
    expect(why.body['invalid-params'][0].reason).toBe('must be a calendar date YYYY-MM-DD (2025-02-29 does not exist)');
  });

  it('should answer 400 naming id when a row id is 2^63 or more', async () => {
    for (const id of ['9223372036854775808', '18446744073709551616', '99999999999999999999999']) {
      await refused(`/api/v1/etl/runs/${id}`, 'id');
      await refused(`/api/v1/etl/requests/${id}`, 'id');
      await refused(`/api/v1/uploads/files/${id}/content`, 'id');
    }
    // The largest bigint is an id like any other: not found.
    expect((await request(api.server).get('/api/v1/etl/runs/9223372036854775807').expect(404)).body.code).toBe('RUN_NOT_FOUND');
    expect((await request(api.server).get('/api/v1/etl/requests/9223372036854775807').expect(404)).body.code).toBe('RUN_REQUEST_NOT_FOUND');
    const content = await request(api.server).get('/api/v1/uploads/files/9223372036854775807/content').set(bearer(api.adminToken));
    expect([content.status, content.body.code]).toEqual([404, 'UPLOAD_NOT_FOUND']);
  });

  it('should answer 400 naming id when it is not written as a plain positive decimal number', async () => {
    for (const id of ['0x10', '1e3', '01', '0', '-1', '1.0', '+1', '%201', '1%20', '１']) {
      await refused(`/api/v1/etl/runs/${id}`, 'id');
      await refused(`/api/v1/etl/requests/${id}`, 'id');
      await refused(`/api/v1/uploads/files/${id}/content`, 'id');
    }
    const first = (await request(api.server).get('/api/v1/etl/runs?limit=1').expect(200)).body.data[0].id;
    expect((await request(api.server).get(`/api/v1/etl/runs/${first}`).expect(200)).body.id).toBe(first);
  });

  it('should answer 400 naming the parameter when a whole number is written in another form', async () => {
    const cases: [string, string][] = [
      ['/api/v1/etl/runs?limit=1e1', 'limit'],
      ['/api/v1/etl/runs?limit=010', 'limit'],
      ['/api/v1/observations?from=0x7E9', 'from'],
      ['/api/v1/indicators/population-total?to=2.02e3', 'to'],
      ['/api/v1/uploads/files?limit=%205', 'limit'],
      ['/api/v1/reports/0x7E9', 'year'],
      ['/api/v1/reports/2025/editions/1e0', 'number'],
    ];
    for (const [path, parameter] of cases) await refused(path, parameter);
    expect((await request(api.server).get('/api/v1/etl/runs?limit=10').expect(200)).body.page.limit).toBe(10);
  });

  it('should answer 400 naming the date when a report date is no calendar date', async () => {
    await refused('/api/v1/reports/2025/changes?peildatum=2025-02-29', 'peildatum');
    await refused('/api/v1/reports/2025?peildatum=0000-01-01', 'peildatum');
  });

  it('should answer 400 naming cursor when a run cursor is beyond the id range', async () => {
    for (const cursor of ['9223372036854775808', '9999999999999999999', '0x10', '1e3'])
      await refused(`/api/v1/etl/runs?cursor=${cursor}`, 'cursor');
    expect((await request(api.server).get('/api/v1/etl/runs?cursor=9223372036854775807').expect(200)).body.data.length).toBeGreaterThan(0);
  });

  it('should answer 400 naming cursor when a forged observation cursor carries a measure id out of range', async () => {
    for (const measureId of [2 ** 31, 2 ** 53, 1e300, 0, -1, 1.5]) {
      await refused(`/api/v1/observations?cursor=${forgedCursor([measureId, 'GM0106', '2020JJ00'])}`, 'cursor');
    }
    await refused(`/api/v1/observations?cursor=${forgedCursor([1, 'GM\u00000106', '2020JJ00'])}`, 'cursor');
    const largest = await request(api.server)
      .get(`/api/v1/observations?cursor=${forgedCursor([2 ** 31 - 1, 'GM0106', '2020JJ00'])}`)
      .expect(200);
    expect(largest.body.data).toEqual([]);
  });

  it('should answer 400 naming period when it is no period code or out of the years the API serves', async () => {
    for (const period of ['2024MM13', '2024KW05', '2024JJ01', '2024XX', '1800', '1899JJ00', '2101', '20240101', '2024jj00']) {
      await refused(`/api/v1/indicators/population-total/regions?level=wijk&period=${period}`, 'period');
    }
    const quarter = await request(api.server).get('/api/v1/indicators/population-total/regions?level=wijk&period=2024KW01').expect(200);
    expect(quarter.body.period).toBe('2024KW01');
  });
});

describe('filters that name something unknown', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should answer 404 naming the region when the parent filter names an unknown region', async () => {
    const { body } = await request(api.server).get('/api/v1/regions?parent=GM9999&lang=en').expect(404);
    expect(body).toEqual({
      status: 404,
      title: 'Not Found',
      code: 'REGION_NOT_FOUND',
      instance: '/api/v1/regions',
      detail: 'Region "GM9999" is unknown; GET /api/v1/regions lists the known regions.',
    });
  });

  it('should answer 200 with an empty list when a known parent has no regions below it', async () => {
    expect((await request(api.server).get('/api/v1/regions?parent=WK010600').expect(200)).body.data).toEqual([]);
  });

  it('should answer 404 naming the source when the source filter names a source without runs that the ETL does not have', async () => {
    const { body } = await request(api.server).get('/api/v1/etl/runs?source=cbs-fake&lang=en').expect(404);
    expect(body).toEqual({
      status: 404,
      title: 'Not Found',
      code: 'SOURCE_NOT_FOUND',
      instance: '/api/v1/etl/runs',
      detail: 'Source "cbs-fake" has no runs and is none of the ETL\'s sources (cbs, inbox, files).',
    });
  });

  it('should answer 200 with an empty list when a source of the ETL has no runs', async () => {
    expect((await request(api.server).get('/api/v1/etl/runs?source=inbox').expect(200)).body.data).toEqual([]);
  });

  it('should list the runs of a source the ETL does not have when runs of it are recorded', async () => {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO etl_run (source, trigger, status, finished_at) VALUES ('bench', 'cli', 'succeeded', now())`);
    } finally {
      await client.end();
    }
    const { body } = await request(api.server).get('/api/v1/etl/runs?source=bench').expect(200);
    expect(body.data.map((run: { source: string }) => run.source)).toEqual(['bench']);
  });
});
