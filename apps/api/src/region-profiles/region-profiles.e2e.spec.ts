import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

type Row = {
  id: string;
  shown: string;
  label: string | null;
  value: number;
  municipalityValue: number | null;
  count: number | null;
  status: unknown;
  year: number;
};

describe('GET /api/v1/regions/:code/indicators', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should show a wijk’s shares and rates beside the municipality’s, with no row of empty verdicts', async () => {
    const { body } = await request(api.server).get('/api/v1/regions/WK010600/indicators').expect(200);
    expect(body.region).toEqual({ code: 'WK010600', name: 'Wijk 00 Assen centrum', level: 'wijk' });
    expect(body.municipality.code).toBe('GM0106');
    const rows = new Map<string, Row>(body.indicators.map((r: Row) => [r.id, r]));
    // KWB 2024 (85984NED in the fixture): Centrum 7,165 of Assen's 69,701 inhabitants = 10.28%.
    expect(rows.get('population-total')).toMatchObject({
      shown: 'share-of-municipality',
      label: 'deel van alle inwoners van de gemeente',
      count: 7165,
      municipalityValue: null,
      year: 2024,
    });
    expect(rows.get('population-total')!.value).toBeCloseTo((7165 / 69701) * 100, 9);
    // A rate is shown as published beside the municipality's own.
    const assistance = rows.get('social-assistance-per-1000')!;
    expect(assistance.shown).toBe('as-published');
    expect(assistance.municipalityValue).not.toBeNull();
    // Every row has a figure; a verdict only where the wijk has one.
    expect(body.indicators.every((r: Row) => r.value !== null)).toBe(true);
    expect(
      body.indicators
        .filter((r: Row) => r.status !== null)
        .every((r: { status: { status: string } }) => !['not_available', 'no_data'].includes(r.status.status)),
    ).toBe(true);
  });

  it('should answer 404 naming an unknown region', async () => {
    expect((await request(api.server).get('/api/v1/regions/WK999999/indicators').expect(404)).body.code).toBe('REGION_NOT_FOUND');
  });
});
