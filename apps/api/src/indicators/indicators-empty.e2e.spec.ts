import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('GET /api/v1/indicators on an empty database', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi({ empty: true })));
  afterAll(() => api.close());

  it('should answer no_data with the sources when nothing is loaded yet', async () => {
    const { body } = await request(api.server).get('/api/v1/indicators/population-total').expect(200);
    expect(body.status).toBe('no_data');
    expect(body.region).toEqual({ code: 'GM0106', name: null, level: null });
    expect(body.progress.dataSources[0].source.tables[0]).toMatchObject({ tableId: '03759ned', key: 'M000352' });
  });
});
