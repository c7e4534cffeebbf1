import { Client } from 'pg';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('GET /api/v1/etl/runs', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should list the runs newest first with their counts when unfiltered', async () => {
    const { body } = await request(api.server).get('/api/v1/etl/runs').expect(200);
    expect(body.data.map((r: { tableId: string }) => r.tableId)).toEqual(['85984NED', '84799NED', '03759ned', '03759ned']);
    expect(body.data[1]).toMatchObject({
      source: 'cbs',
      status: 'succeeded',
      trigger: 'cli',
      rowsRead: 61,
      durationMs: 2000,
      finishedAt: '2021-03-26T01:00:00.000Z',
    });
    expect(body.page).toEqual({ limit: 50, nextCursor: null });
  });

  it('should page with the cursor when the limit is smaller than the list', async () => {
    const first = await request(api.server).get('/api/v1/etl/runs?limit=3').expect(200);
    expect(first.body.data).toHaveLength(3);
    const second = await request(api.server).get(`/api/v1/etl/runs?limit=3&cursor=${first.body.page.nextCursor}`).expect(200);
    expect(second.body.data.map((r: { id: string }) => r.id)).toEqual([api.fixture!.earlierRun]);
    expect(second.body.page.nextCursor).toBeNull();
  });

  it('should keep the runs of the source and status asked for when filtered', async () => {
    expect((await request(api.server).get('/api/v1/etl/runs?source=inbox').expect(200)).body.data).toEqual([]);
    expect((await request(api.server).get('/api/v1/etl/runs?status=succeeded&source=cbs').expect(200)).body.data).toHaveLength(4);
  });

  it('should give a run with its rejected rows when one run is asked', async () => {
    const id = api.fixture!.runs['84799NED'];
    const { body } = await request(api.server).get(`/api/v1/etl/runs/${id}`).expect(200);
    expect(body).toMatchObject({ id, tableId: '84799NED', rejectedRowsTotal: 1 });
    expect(body.rejectedRows).toEqual([
      {
        id: expect.any(String),
        location: '84799NED:ID=0:WijkenEnBuurten',
        rawValue: '"NL00      "',
        reason: 'region NL00 is not a known region code',
      },
    ]);
    expect(body.dataChecks).toEqual([]);
  });

  it('should give the data checks of a run in the language asked for', async () => {
    const id = api.fixture!.runs['84799NED'];
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      // As the loader records a jump (the figures are illustrative).
      await db.query(
        `INSERT INTO data_check (run_id, measure_name, region_code, period_code, check_kind, value, message_nl, message_en)
         VALUES ($1, 'households_total', 'GM0106', '2020JJ00', 'jump', 3059, 'Van 30.587 naar 3.059', 'From 30,587 to 3,059')`,
        [id],
      );
    } finally {
      await db.end();
    }
    const check = { measure: 'households_total', region: 'GM0106', period: '2020JJ00', check: 'jump', value: 3059 };
    // A URL not asked before: the run detail is cached until the data version changes, which a real run's checks do.
    expect((await request(api.server).get(`/api/v1/etl/runs/${id}?lang=nl`).expect(200)).body.dataChecks).toEqual([
      { ...check, message: 'Van 30.587 naar 3.059' },
    ]);
    expect((await request(api.server).get(`/api/v1/etl/runs/${id}?lang=en`).expect(200)).body.dataChecks).toEqual([
      { ...check, message: 'From 30,587 to 3,059' },
    ]);
  });

  it('should answer 404 when the run does not exist and 400 naming id when it is not a number', async () => {
    expect((await request(api.server).get('/api/v1/etl/runs/99999').expect(404)).body.code).toBe('RUN_NOT_FOUND');
    expect((await request(api.server).get('/api/v1/etl/runs/abc').expect(400)).body['invalid-params'][0].name).toBe('id');
    expect((await request(api.server).get('/api/v1/etl/runs?status=done').expect(400)).body['invalid-params'][0].name).toBe('status');
    expect((await request(api.server).get('/api/v1/etl/runs?limit=0').expect(400)).body['invalid-params'][0].name).toBe('limit');
    expect((await request(api.server).get('/api/v1/etl/runs?cursor=-1').expect(400)).body['invalid-params'][0].name).toBe('cursor');
  });
});
