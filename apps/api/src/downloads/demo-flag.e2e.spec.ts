import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { arrowObjects, csvObjects, getBytes, parquetObjects } from '../test-support/read-downloads';

// The bundled voorbeelddata file, uploaded the way an editor would: every figure from it is flagged in every
// download; the real CBS figures of the fixture are not.
const DEMO_FILE = join(__dirname, '..', '..', '..', '..', 'data', 'demo', 'vacancy-assen-voorbeelddata.csv');

type Row = Record<string, unknown>;
const truthy = (value: unknown) => value === true || value === 'true';

describe('the voorbeelddata flag in the downloads', () => {
  const adminToken = `admin-${randomBytes(16).toString('hex')}`;
  let api: E2eApi;

  beforeAll(async () => {
    api = await startE2eApi({ env: { KOERS_ADMIN_TOKEN: adminToken } });
    await request(api.server)
      .post('/api/v1/uploads/vacancy')
      .set({ Authorization: `Bearer ${adminToken}` })
      .attach('file', readFileSync(DEMO_FILE), 'vacancy-assen-voorbeelddata.csv')
      .expect(201);
  });
  afterAll(() => api.close());

  async function rows(path: string): Promise<Row[]> {
    const { status, body } = await getBytes(api, `/api/v1/downloads/${path}`);
    expect(status).toBe(200);
    if (path.endsWith('.arrow')) return arrowObjects(body).rows;
    if (path.endsWith('.parquet')) return parquetObjects(body);
    if (path.endsWith('.json')) return JSON.parse(body.toString('utf8')) as Row[];
    const nl = path.includes('-nl.csv');
    return csvObjects(body.toString('utf8').replace(/^\uFEFF/, ''), nl ? ';' : ',');
  }

  it.each(['indicators.csv', 'indicators-nl.csv', 'indicators.json', 'indicators.arrow', 'indicators.parquet'])(
    'should flag the voorbeelddata rows and no real row in %s',
    async (path) => {
      const all = await rows(path);
      const office = all.filter(
        (r) => r['indicator'] === 'office-vacancy' && r['region'] === 'GM0106' && r['value'] !== null && r['value'] !== '',
      );
      expect(office.length).toBeGreaterThan(0);
      expect(office.every((r) => truthy(r['demo']))).toBe(true);
      const population = all.filter((r) => r['indicator'] === 'population-total' && r['region'] === 'GM0106');
      expect(population.length).toBe(8);
      expect(population.some((r) => truthy(r['demo']))).toBe(false);
      expect(population.every((r) => r['evidence'] === 'cbs')).toBe(true);
    },
  );

  it.each(['observations.csv', 'observations-nl.csv', 'observations.json', 'observations.arrow', 'observations.parquet'])(
    'should flag the voorbeelddata observations and no CBS observation in %s',
    async (path) => {
      const all = await rows(path);
      const uploaded = all.filter((r) => r['provider'] === 'municipal-file');
      expect(uploaded.length).toBeGreaterThan(0);
      expect(uploaded.every((r) => truthy(r['demo']) && r['evidence'] === 'municipal')).toBe(true);
      const cbs = all.filter((r) => r['provider'] !== 'municipal-file');
      expect(cbs.length).toBeGreaterThan(100);
      expect(cbs.some((r) => truthy(r['demo']))).toBe(false);
    },
  );

  it('should list the voorbeelddata file as such among the sources of the data package', async () => {
    const { body } = await request(api.server).get('/api/v1/downloads/datapackage.json').expect(200);
    const demo = body.sources.filter((s: { demo: boolean }) => s.demo);
    expect(demo).toEqual([expect.objectContaining({ evidence: 'municipal', title: expect.stringContaining('voorbeelddata') })]);
    expect(body.sources.filter((s: { demo: boolean }) => !s.demo).length).toBeGreaterThan(0);
  });

  it('should show the upload’s figures on the indicator as voorbeelddata that do not count', async () => {
    const { body } = await request(api.server).get('/api/v1/indicators/office-vacancy').expect(200);
    expect(body.series.length).toBeGreaterThan(0);
    expect(body.series.every((p: { demo: boolean }) => p.demo)).toBe(true);
    expect(body.progress).toMatchObject({ status: 'not_available', basis: 'demo-only' });
    expect(body.coverage.kind).toBe('demo-only');
    const { body: ambitions } = await request(api.server).get('/api/v1/ambitions').expect(200);
    const centre = ambitions.data.find((a: { id: string }) => a.id === 'regionaal-centrum');
    expect(centre.rollUp.overall).toBe('not_available');
    expect(centre.indicators.find((i: { id: string }) => i.id === 'office-vacancy')).toMatchObject({
      coverage: 'demo-only',
      latest: { demo: true },
    });
  });
});
