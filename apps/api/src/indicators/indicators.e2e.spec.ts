import request from 'supertest';
import { INDICATORS } from '@koers/indicators';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

const ASSEN_2019_2026 = [67963, 68599, 68836, 68979, 69414, 69701, 70392, 70769];
const BEVOLKING_TOTALS = { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' };

describe('GET /api/v1/indicators', () => {
  let api: E2eApi;
  beforeAll(async () => (api = await startE2eApi()));
  afterAll(() => api.close());

  describe('catalogue', () => {
    it('should list every indicator with Dutch texts when no filter is given', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators').expect(200);
      expect(body.data).toHaveLength(INDICATORS.length);
      expect(body.data.find((i: { id: string }) => i.id === 'population-total')).toMatchObject({
        title: 'Inwoners en bevolkingsgroei',
        unit: 'count',
        baseYear: 2017,
      });
    });

    it('should keep only the ambition and level asked for when filtered', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators?ambition=generaties&level=wijk&lang=en').expect(200);
      const expected = INDICATORS.filter((i) => i.ambition === 'generaties' && i.levels.includes('wijk')).map((i) => i.id);
      expect(body.data.map((i: { id: string }) => i.id)).toEqual(expected);
      expect(body.data[0].title).toBe('Population and population growth');
    });

    it('should describe the target of a trajectory indicator when it has one', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators?ambition=generaties').expect(200);
      const newBuild = body.data.find((i: { id: string }) => i.id === 'new-build-dwellings');
      expect(newBuild.target).toMatchObject({ kind: 'cumulative-flow', baseYear: 2018, targetYear: 2030, targetValue: 3870 });
      expect(newBuild.target.tolerance).toMatchObject({ kind: 'relative', value: 0.05 });
    });

    it('should answer 400 naming the filter when the ambition or level is unknown', async () => {
      const ambition = await request(api.server).get('/api/v1/indicators?ambition=sport').expect(400);
      expect(ambition.body).toMatchObject({
        code: 'INVALID_PARAMETER',
        'invalid-params': [{ name: 'ambition', reason: expect.any(String) }],
      });
      const level = await request(api.server).get('/api/v1/indicators?level=land&lang=en').expect(400);
      expect(level.body).toMatchObject({
        'invalid-params': [{ name: 'level', reason: 'must be gemeente, wijk or buurt' }],
        detail: 'Invalid parameter "level": must be gemeente, wijk or buurt',
      });
    });
  });

  describe('one indicator', () => {
    it('should judge Assen as in the methodology when its population series is read', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total').expect(200);
      expect(body.region).toEqual({ code: 'GM0106', name: 'Assen', level: 'gemeente' });
      expect(body.series.map((p: { value: number }) => p.value)).toEqual(ASSEN_2019_2026);
      expect(body.series[7]).toEqual({
        period: '2026JJ00',
        year: 2026,
        value: 70769,
        provisional: false,
        missingReason: null,
        missingInputs: [],
        publicationVersion: '2026-06-23T00:00:00+02:00',
        demo: false,
        sources: ['cbs-v4:03759ned'],
        mixedSources: false,
        evidence: 'cbs',
        breakBefore: false,
        suspect: [],
      });
      // The card's and the page header's figure, by the one latest-figure rule: 1 January 2026, and 2025 before it.
      expect(body.latest).toEqual({ period: '2026JJ00', year: 2026, value: 70769, provisional: false, demo: false, evidence: 'cbs' });
      expect(body.previous).toEqual({ period: '2025JJ00', year: 2025, value: 70392, provisional: false, demo: false, evidence: 'cbs' });
      // docs/methodology.md §5.3: base 2019 (2017 is not in the table), trend value 70,762.6, CAGR 0.578% → moderate.
      expect(body.status).toBe('moderate_progress');
      expect(body.progress.statusLabel).toBe('Matige vooruitgang');
      expect(body.progress.explanation.base).toMatchObject({ period: '2019JJ00', year: 2019, value: 67963 });
      expect(body.progress.explanation.latestValueUsed).toBeCloseTo(70762.6, 1);
      expect(body.progress.explanation.observedPace).toBeCloseTo(0.00578, 5);
      expect(body.progress.explanation.guards.map((g: { code: string }) => g.code)).toContain('base-year-shifted');
      expect(body.trajectory).toEqual([]);
      expect(body.lastUpdated).toEqual({ loadedAt: expect.any(String), publishedAt: '2026-06-22T22:00:00.000Z' });
    });

    it('should read 03759ned before the KWB tables when both give Assen’s population for a year', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total').expect(200);
      expect(body.lineage).toHaveLength(8);
      for (const entry of body.lineage) {
        expect(entry).toMatchObject({
          measure: 'population_total',
          region: 'GM0106',
          provider: 'cbs-v4',
          tableId: '03759ned',
          key: 'M000352',
          dimensions: BEVOLKING_TOTALS,
          uploadedFile: null,
        });
      }
      expect(body.lineage.find((e: { period: string }) => e.period === '2024JJ00').publicationVersion).toBe('2026-06-23T00:00:00+02:00');
    });

    it('should compare with the peers and with Drenthe and the Netherlands when they have data', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total?lang=en').expect(200);
      expect(body.comparisons.map((c: { region: { code: string }; role: string }) => [c.region.code, c.role])).toEqual([
        ['GM0114', 'peer'],
        ['GM0118', 'peer'],
        ['GM0119', 'peer'],
        ['GM0014', 'peer'],
        ['PV22', 'benchmark'],
        ['NL01', 'benchmark'],
      ]);
      const drenthe = body.comparisons.find((c: { region: { code: string } }) => c.region.code === 'PV22');
      // docs/methodology.md §5.3: Drenthe 0.475% a year → limited progress; the Netherlands 0.715% → moderate.
      expect(drenthe.progress).toEqual({
        status: 'limited_progress',
        statusLabel: 'Limited progress',
        scale: 'limited_progress',
        scaleLabel: 'Limited progress',
      });
      expect(drenthe.series.map((p: { value: number }) => p.value)).toEqual([
        492167, 493682, 494771, 497743, 502051, 504129, 506529, 508109,
      ]);
      expect(body.comparisons.find((c: { region: { code: string } }) => c.region.code === 'NL01').progress.status).toBe(
        'moderate_progress',
      );
    });

    it('should keep only the years from … to when the series is sliced', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total?from=2021&to=2023').expect(200);
      expect(body.series.map((p: { period: string }) => p.period)).toEqual(['2021JJ00', '2022JJ00', '2023JJ00']);
      expect(body.lineage.map((e: { period: string }) => e.period)).toEqual(['2021JJ00', '2022JJ00', '2023JJ00']);
      expect(body.status).toBe('moderate_progress');
    });

    it('should compute per 1,000 inhabitants from two tables when the indicator has two inputs', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/social-assistance-per-1000?from=2020&to=2020').expect(200);
      // 2,100 people on social assistance (84799NED) per 68,599 inhabitants (03759ned) × 1,000.
      expect(body.series).toHaveLength(1);
      expect(body.series[0].value).toBeCloseTo(30.6127, 4);
      expect(body.lineage.map((e: { measure: string; tableId: string; key: string }) => [e.measure, e.tableId, e.key])).toEqual([
        ['social_assistance_recipients', '84799NED', 'PersonenPerSoortUitkeringBijstand_83'],
        ['population_total', '03759ned', 'M000352'],
      ]);
      expect(body.status).toBe('not_available');
      expect(body.progress.explanation.guards.map((g: { code: string }) => g.code)).toContain('fewer-than-two-points');
    });

    it('should keep a missing figure missing when the preferred table published none', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/housing-stock').expect(200);
      expect(
        body.series.map((p: { period: string; value: number | null; missingInputs: string[] }) => [p.period, p.value, p.missingInputs]),
      ).toEqual([
        ['2020JJ00', null, ['dwellings_stock:null']],
        ['2024JJ00', 33215, []],
      ]);
    });

    it('should give a wijk its own series when the region is a wijk', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total?region=WK010600').expect(200);
      expect(body.region).toEqual({ code: 'WK010600', name: 'Wijk 00 Assen centrum', level: 'wijk' });
      expect(body.series.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual([
        ['2020JJ00', 6590],
        ['2024JJ00', 7165],
      ]);
      expect(body.lineage.map((e: { tableId: string }) => e.tableId)).toEqual(['84799NED', '85984NED']);
      expect(body.comparisons[0]).toMatchObject({ region: { code: 'GM0106' }, role: 'municipality' });
    });

    it('should answer no_data with where the figures would come from when nothing is loaded', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/new-build-dwellings').expect(200);
      expect(body.status).toBe('no_data');
      expect(body.series).toEqual([]);
      expect([body.latest, body.previous]).toEqual([null, null]);
      expect(body.progress.dataSources[0]).toMatchObject({ measure: 'new_build_dwellings', title: 'Nieuwbouwwoningen in het jaar' });
      // The live OData tables and the bundled StatLine export of 81955NED.
      expect(body.progress.dataSources[0].source.tables.map((t: { tableId: string; api: string }) => `${t.api}:${t.tableId}`)).toEqual([
        'v3:86098NED',
        'v3:81955NED',
        'file:81955NED',
        'v3:85984NED',
      ]);
      expect(body.coverage).toMatchObject({
        kind: 'none',
        reasons: [
          {
            code: 'loads-next-run',
            tableId: '86098NED',
            link: { href: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/86098NED/table' },
          },
        ],
      });
      // The vision's path: 340 a year from 2018, 230 a year from 2026, 3,870 by 2030.
      expect(body.trajectory[0]).toEqual({ year: 2018, basis: 'cumulative', value: 340, lower: null, upper: null });
      expect(body.trajectory.at(-1)).toEqual({ year: 2030, basis: 'cumulative', value: 3870, lower: null, upper: null });
      expect(body.lastUpdated).toBeNull();
    });

    it('should give the straight path to 5% when the indicator is office vacancy', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/office-vacancy').expect(200);
      expect(body.status).toBe('no_data');
      expect(body.progress.dataSources.map((d: { source: { kind: string } }) => d.source.kind)).toEqual([
        'municipal-upload',
        'municipal-upload',
      ]);
      expect(body.trajectory.find((p: { year: number }) => p.year === 2030)).toMatchObject({ value: 5, basis: 'level' });
      expect(body.trajectory[0]).toMatchObject({ year: 2017, value: 15 });
    });

    it('should answer 404 with a message when the indicator or the region is unknown', async () => {
      const indicator = await request(api.server).get('/api/v1/indicators/happiness').expect(404);
      expect(indicator.body).toEqual({
        status: 404,
        title: 'Niet gevonden',
        code: 'INDICATOR_NOT_FOUND',
        instance: '/api/v1/indicators/happiness',
        detail: 'Indicator "happiness" bestaat niet; GET /api/v1/indicators geeft de catalogus.',
      });
      const region = await request(api.server).get('/api/v1/indicators/population-total?region=GM9999&lang=en').expect(404);
      expect(region.body).toMatchObject({ code: 'REGION_NOT_FOUND', detail: expect.stringContaining('GM9999') });
    });

    it('should answer 400 naming the parameter when a value is refused', async () => {
      const cases: [string, string][] = [
        ['?from=abc', 'from'],
        ['?to=1800', 'to'],
        ['?from=2024&to=2020', 'to'],
        ['?region=gm0106', 'region'],
        ['?regio=GM0106', 'regio'],
        ['?lang=fr', 'lang'],
      ];
      for (const [query, parameter] of cases) {
        const { body } = await request(api.server).get(`/api/v1/indicators/population-total${query}`).expect(400);
        expect(body).toMatchObject({
          status: 400,
          code: 'INVALID_PARAMETER',
          'invalid-params': [{ name: parameter, reason: expect.any(String) }],
        });
      }
      const unknown = await request(api.server).get('/api/v1/indicators/population-total?regio=GM0106').expect(400);
      expect(unknown.body['invalid-params'][0].reason).toBe('onbekende parameter');
    });
  });

  describe('per region', () => {
    it('should give every wijk’s newest value when level is wijk', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total/regions?level=wijk').expect(200);
      expect(body).toMatchObject({ indicatorId: 'population-total', level: 'wijk', period: '2024JJ00', periods: ['2020JJ00', '2024JJ00'] });
      expect(body.regions).toHaveLength(10);
      expect(body.regions[0]).toMatchObject({
        region: { code: 'WK010600', name: 'Wijk 00 Assen centrum' },
        value: 7165,
        provisional: false,
      });
    });

    it('should give the values of the year asked for when a period is given', async () => {
      const year = await request(api.server)
        .get('/api/v1/indicators/social-assistance-per-1000/regions?level=wijk&period=2020')
        .expect(200);
      expect(year.body.period).toBe('2020JJ00');
      expect(year.body.regions[0].value).toBeCloseTo((270 / 6590) * 1000, 10);
      const code = await request(api.server).get('/api/v1/indicators/population-total/regions?level=wijk&period=2020JJ00').expect(200);
      expect(code.body.regions.map((r: { value: number }) => r.value)).toEqual([
        6590, 5480, 8210, 9010, 3645, 4480, 6545, 12060, 11415, 1145,
      ]);
    });

    it('should give Assen and its peers when level is peer', async () => {
      const { body } = await request(api.server).get('/api/v1/indicators/population-total/regions?level=peer').expect(200);
      expect(body.period).toBe('2026JJ00');
      expect(body.regions.map((r: { region: { code: string }; value: number }) => [r.region.code, r.value])).toEqual([
        ['GM0106', 70769],
        ['GM0114', 109881],
        ['GM0118', 56781],
        ['GM0119', 36616],
        ['GM0014', 244427],
      ]);
    });

    it('should answer 400 naming level when it is missing, unknown or not published for the indicator', async () => {
      for (const path of ['regions', 'regions?level=city', 'regions?level=period']) {
        const { body } = await request(api.server).get(`/api/v1/indicators/population-total/${path}`).expect(400);
        expect(body['invalid-params'][0].name).toBe('level');
      }
      const grey = await request(api.server).get('/api/v1/indicators/grey-pressure/regions?level=wijk&lang=en').expect(400);
      expect(grey.body).toMatchObject({
        'invalid-params': [{ name: 'level', reason: 'indicator grey-pressure is not published per wijk (only per gemeente)' }],
      });
      const period = await request(api.server).get('/api/v1/indicators/population-total/regions?level=wijk&period=24').expect(400);
      expect(period.body['invalid-params'][0].name).toBe('period');
      await request(api.server).get('/api/v1/indicators/happiness/regions?level=wijk').expect(404);
    });
  });
});
