import request from 'supertest';
import { AMBITION_IDS, indicatorsOfAmbition } from '@koers/indicators';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

describe('GET /api/v1/ambitions', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  it('should list the five ambitions with their roll-up and indicators when asked', async () => {
    const { body } = await request(api.server).get('/api/v1/ambitions').expect(200);
    expect(body.region).toEqual({ code: 'GM0106', name: 'Assen', level: 'gemeente' });
    expect(body.data.map((a: { id: string }) => a.id)).toEqual([...AMBITION_IDS]);
    const generaties = body.data.find((a: { id: string }) => a.id === 'generaties');
    expect(generaties.title).toBe('Ruimte voor generaties');
    expect(generaties.indicators.map((i: { id: string }) => i.id)).toEqual(indicatorsOfAmbition('generaties').map((i) => i.id));
    expect(generaties.indicators.find((i: { id: string }) => i.id === 'population-total')).toEqual({
      id: 'population-total',
      title: 'Inwoners en bevolkingsgroei',
      unit: 'count',
      decimals: 0,
      latest: { period: '2026JJ00', year: 2026, value: 70769, provisional: false, demo: false, evidence: 'cbs' },
      previous: { period: '2025JJ00', year: 2025, value: 70392, provisional: false, demo: false, evidence: 'cbs' },
      // 03759ned, Assen on 1 January 2019–2026.
      sparkline: [67963, 68599, 68836, 68979, 69414, 69701, 70392, 70769].map((value, i) => ({
        year: 2019 + i,
        value,
        demo: false,
        provisional: false,
        breakBefore: false,
      })),
      target: null,
      stale: false,
      coverage: 'verdict',
      status: 'moderate_progress',
      statusLabel: 'Matige vooruitgang',
      scale: 'moderate_progress',
      scaleLabel: 'Matige vooruitgang',
    });
    // One judged indicator of the ambition's total is less than half: no overall class (methodology §3.5).
    expect(generaties.rollUp).toMatchObject({ overall: 'not_available', assessed: 1, total: indicatorsOfAmbition('generaties').length });
    expect(generaties.rollUp.countsByStatus.moderate_progress).toBe(1);
  });

  it('should answer in English when lang is en', async () => {
    const { body } = await request(api.server).get('/api/v1/ambitions?lang=en').expect(200);
    const generaties = body.data.find((a: { id: string }) => a.id === 'generaties');
    expect(generaties.title).toBe('Room for generations');
    expect(generaties.rollUp.overallLabel).toBe('No judgement possible');
    expect(generaties.indicators.find((i: { id: string }) => i.id === 'population-total').statusLabel).toBe('Moderate progress');
  });

  it('should give each indicator its explanation when one ambition is asked', async () => {
    const { body } = await request(api.server).get('/api/v1/ambitions/generaties').expect(200);
    const population = body.indicators.find((i: { id: string }) => i.id === 'population-total');
    expect(population.progress.explanation.text).toMatch(/\S/);
    expect(population.progress.explanation.guards).toContainEqual({
      code: 'base-year-shifted',
      text: 'Het basisjaar ontbreekt; het eerstvolgende jaar met cijfers is als basis gebruikt.',
    });
    const newBuild = body.indicators.find((i: { id: string }) => i.id === 'new-build-dwellings');
    expect(newBuild.progress.dataSources[0].measure).toBe('new_build_dwellings');
    expect(newBuild.target).toMatchObject({ kind: 'cumulative-flow', targetValue: 3870 });
  });

  it('should judge every indicator for the region asked for when one is given', async () => {
    const { body } = await request(api.server).get('/api/v1/ambitions/generaties?region=GM0114').expect(200);
    expect(body.region).toEqual({ code: 'GM0114', name: 'Emmen', level: 'gemeente' });
    expect(body.indicators.find((i: { id: string }) => i.id === 'population-total').latest.value).toBe(109881);
  });

  it('should answer 404 naming the ambition or region when it is unknown', async () => {
    const ambition = await request(api.server).get('/api/v1/ambitions/sport?lang=en').expect(404);
    expect(ambition.body).toMatchObject({ code: 'AMBITION_NOT_FOUND', detail: expect.stringContaining('"sport"') });
    const region = await request(api.server).get('/api/v1/ambitions?region=GM0000').expect(404);
    expect(region.body.code).toBe('REGION_NOT_FOUND');
  });

  it('should answer 400 naming the parameter when it is unknown or malformed', async () => {
    expect((await request(api.server).get('/api/v1/ambitions?sort=asc').expect(400)).body['invalid-params'][0].name).toBe('sort');
    expect((await request(api.server).get('/api/v1/ambitions?region=Assen').expect(400)).body['invalid-params'][0].name).toBe('region');
  });
});
