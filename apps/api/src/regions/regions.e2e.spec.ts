import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('GET /api/v1/regions', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should list every region by level with its parent, boundary year and role when unfiltered', async () => {
    const { body } = await request(api.server).get('/api/v1/regions').expect(200);
    expect(body.data).toHaveLength(17);
    expect(body.data[0]).toEqual({ code: 'NL01', name: 'Nederland', level: 'land', parentCode: null, boundaryYear: null, role: null });
    expect(body.data.find((r: { code: string }) => r.code === 'GM0106')).toEqual({
      code: 'GM0106',
      name: 'Assen',
      level: 'gemeente',
      parentCode: 'PV22',
      boundaryYear: 2020,
      role: 'municipality',
    });
    expect(body.data.filter((r: { role: string }) => r.role === 'peer').map((r: { code: string }) => r.code)).toEqual([
      'GM0014',
      'GM0114',
      'GM0118',
      'GM0119',
    ]);
  });

  it('should keep the level and parent asked for when filtered', async () => {
    const { body } = await request(api.server).get('/api/v1/regions?level=wijk&parent=GM0106').expect(200);
    expect(body.data.map((r: { code: string }) => r.code)).toEqual([
      'WK010600',
      'WK010601',
      'WK010602',
      'WK010603',
      'WK010604',
      'WK010605',
      'WK010606',
      'WK010607',
      'WK010608',
      'WK010699',
    ]);
    expect((await request(api.server).get('/api/v1/regions?level=buurt').expect(200)).body.data).toEqual([]);
  });

  it('should give the parent and children when one region is asked', async () => {
    const { body } = await request(api.server).get('/api/v1/regions/GM0106').expect(200);
    expect(body.parent).toEqual({ code: 'PV22', name: 'Drenthe (PV)', level: 'provincie' });
    expect(body.children).toHaveLength(10);
    expect(body.children[1]).toEqual({ code: 'WK010601', name: 'Wijk 01 Lariks', level: 'wijk' });
  });

  it('should answer 404 with a message when the region is unknown', async () => {
    const { body } = await request(api.server).get('/api/v1/regions/GM9999').expect(404);
    expect(body).toEqual({
      status: 404,
      title: 'Niet gevonden',
      code: 'REGION_NOT_FOUND',
      instance: '/api/v1/regions/GM9999',
      detail: expect.stringContaining('"GM9999"'),
    });
  });

  it('should answer 400 naming the parameter when a code or level is malformed', async () => {
    expect((await request(api.server).get('/api/v1/regions/assen').expect(400)).body['invalid-params'][0].name).toBe('code');
    expect((await request(api.server).get('/api/v1/regions?level=stad').expect(400)).body['invalid-params'][0].name).toBe('level');
    expect((await request(api.server).get('/api/v1/regions?parent=x').expect(400)).body['invalid-params'][0].name).toBe('parent');
  });
});
