import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { freshnessOf } from './freshness';

describe('GET /api/v1/sources', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should give each table its last successful run, Modified date and freshness when it was loaded', async () => {
    const { body } = await request(api.server).get('/api/v1/sources').expect(200);
    const cbs = body.data.find((s: { source: string }) => s.source === 'cbs');
    const population = cbs.tables.find((t: { tableId: string }) => t.tableId === '03759ned');
    expect(population).toMatchObject({
      provider: 'cbs-v4',
      frequency: 'Per jaar',
      sourceModified: '2026-06-22T22:00:00.000Z',
      lastSuccessfulRun: { id: api.fixture!.runs['03759ned'], finishedAt: '2026-06-22T22:00:00.000Z' },
      nextExpectedRelease: '2027-06-22T22:00:00.000Z',
    });
    expect(population.measures).toEqual(['population_total', 'population_age_15_74']);
    // Yearly: fresh until a year after Modified, then due, then overdue; judged at the response's time.
    const expected = freshnessOf({
      frequency: 'Per jaar',
      status: 'active',
      sourceModified: new Date(population.sourceModified),
      lastSuccess: null,
      now: new Date(body.checkedAt),
    });
    expect(population.freshness).toBe(expected.freshness);
    expect(cbs.tables.find((t: { tableId: string }) => t.tableId === '84799NED')).toMatchObject({
      frequency: 'Onregelmatig',
      freshness: 'unknown',
      nextExpectedRelease: null,
    });
  });

  it('should list a table the catalogue reads when it was never loaded', async () => {
    const { body } = await request(api.server).get('/api/v1/sources').expect(200);
    const cbs = body.data.find((s: { source: string }) => s.source === 'cbs');
    expect(cbs.tables.find((t: { tableId: string }) => t.tableId === '86098NED')).toMatchObject({
      freshness: 'not_loaded',
      lastSuccessfulRun: null,
      measures: ['new_build_dwellings'],
    });
    const uploads = body.data.find((s: { source: string }) => s.source === 'municipal-upload');
    expect(uploads.tables.map((t: { tableId: string }) => t.tableId)).toEqual(
      expect.arrayContaining(['vacancy', 'employment', 'jobseekers']),
    );
  });

  it('should answer 400 naming the parameter when it is unknown', async () => {
    expect((await request(api.server).get('/api/v1/sources?fresh=1').expect(400)).body['invalid-params'][0].name).toBe('fresh');
  });
});
