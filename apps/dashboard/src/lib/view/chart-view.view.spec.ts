import type { IndicatorRegionsResponse } from '@koers/api-contracts';
import { comparison, detail, point } from '@koers/api-contracts/testing';
import { chartViewQuery, DEFAULT_VIEW, readChartView, regionChoices, searchParamsOf, shownComparisons } from './chart-view.view';

const TODAY = '2026-12-07';

describe('readChartView', () => {
  it('should read every part of the view when the query holds them all', () => {
    const view = readChartView(
      { region: 'WK010607', peers: 'GM0114,PV22', from: '2015', to: '2024', view: 'table', asOf: '2025-06-01' },
      TODAY,
    );
    expect(view).toEqual({ region: 'WK010607', peers: ['GM0114', 'PV22'], from: 2015, to: 2024, display: 'table', asOf: '2025-06-01' });
  });

  it('should give the default view when the query is empty', () => {
    expect(readChartView({}, TODAY)).toEqual(DEFAULT_VIEW);
  });

  it('should take peers as the checkboxes of the form send them, repeated, and drop doubles when a code comes twice', () => {
    expect(readChartView({ peers: ['GM0114', 'PV22', 'GM0114'] }, TODAY).peers).toEqual(['GM0114', 'PV22']);
    expect(readChartView({ peers: ['all'] }, TODAY).peers).toBe('all');
    expect(readChartView({ peers: '1' }, TODAY).peers).toBe('all');
  });

  it.each([
    [{ region: 'gm0106' }, { region: null }],
    [{ region: '<script>' }, { region: null }],
    [{ peers: 'GM0114,drop me,PV22' }, { peers: ['GM0114', 'PV22'] }],
    [{ from: '1850' }, { from: null }],
    [{ from: '2015.5' }, { from: null }],
    [
      { from: '2024', to: '2015' },
      { from: 2015, to: 2024 },
    ],
    [{ view: 'map' }, { display: 'chart' }],
    [{ asOf: '2025-02-30' }, { asOf: null }],
    [{ asOf: '2026-12-08' }, { asOf: null }],
    [{ asOf: '2026-12-07' }, { asOf: '2026-12-07' }],
  ])('should read %p as %p when that part of the query cannot be used as it is, never refusing the page', (query, expected) => {
    expect(readChartView(query, TODAY)).toMatchObject(expected);
  });

  it('should keep at most twenty peers when a query names more', () => {
    const codes = Array.from({ length: 25 }, (_, i) => `GM${String(i).padStart(4, '0')}`);
    expect(readChartView({ peers: codes.join(',') }, TODAY).peers).toEqual(codes.slice(0, 20));
  });
});

describe('chartViewQuery', () => {
  it('should write only what differs from the default, in a fixed order, when a view is written', () => {
    expect(chartViewQuery(DEFAULT_VIEW)).toBe('');
    expect(chartViewQuery({ ...DEFAULT_VIEW, to: 2024, peers: ['GM0114', 'PV22'], display: 'table' })).toBe(
      '?peers=GM0114,PV22&to=2024&view=table',
    );
  });

  it('should give back the same view when its query is read again', () => {
    const view = { region: 'WK010607', peers: ['GM0114'], from: 2016, to: 2023, display: 'table', asOf: '2025-06-01' } as const;
    const params = Object.fromEntries(new URLSearchParams(chartViewQuery(view).slice(1)));
    expect(readChartView(params, TODAY)).toEqual(view);
  });

  it('should add the extra keys after the view when a link needs them', () => {
    expect(chartViewQuery({ ...DEFAULT_VIEW, from: 2020 }, { format: 'csv', lang: 'en' })).toBe('?from=2020&format=csv&lang=en');
  });
});

describe('shownComparisons', () => {
  const emmen = comparison('GM0114', 'Emmen', 'peer', [point(2024, 1)]);
  const drenthe = comparison('PV22', 'Drenthe', 'benchmark', [point(2024, 2)]);
  const empty = comparison('GM0118', 'Hoogeveen', 'peer', []);

  it('should keep the API order and only the regions asked for when peers are named', () => {
    expect(shownComparisons([emmen, drenthe, empty], { ...DEFAULT_VIEW, peers: ['PV22', 'GM0114'] })).toEqual([emmen, drenthe]);
  });

  it('should show every region with figures when all are asked for, and none by default', () => {
    expect(shownComparisons([emmen, empty, drenthe], { ...DEFAULT_VIEW, peers: 'all' })).toEqual([emmen, drenthe]);
    expect(shownComparisons([emmen, drenthe], DEFAULT_VIEW)).toEqual([]);
  });
});

describe('searchParamsOf', () => {
  it('should keep every value of a key when the form sent it more than once', () => {
    expect(searchParamsOf(new URLSearchParams('peers=GM0114&peers=PV22&from=2020'))).toEqual({ peers: ['GM0114', 'PV22'], from: ['2020'] });
  });
});

describe('regionChoices', () => {
  const ref = (code: string, name: string) => ({ code, name, level: 'wijk' });
  const wijken = (values: (number | null)[]): IndicatorRegionsResponse =>
    ({ regions: values.map((value, i) => ({ region: ref(`WK01060${i}`, `Wijk 0${i}`), value })) }) as unknown as IndicatorRegionsResponse;
  const assen = comparison('GM0106', 'Assen', 'municipality', [point(2024, 1)]);

  it("should offer the answer's own region and every wijk when the view names no region and wijken have figures", () => {
    const choices = regionChoices(detail(), DEFAULT_VIEW, wijken([5, null]));
    expect(choices.own).toEqual({ code: 'GM0106', name: 'Assen', level: 'gemeente' });
    expect(choices.wijken.map((w) => w.code)).toEqual(['WK010600', 'WK010601']);
  });

  it('should name the municipality the answer compares with as the own region when the view shows a wijk', () => {
    const wijk = detail({ region: ref('WK010601', 'Wijk 01'), comparisons: [assen] });
    expect(regionChoices(wijk, { ...DEFAULT_VIEW, region: 'WK010601' }, wijken([5, 6])).own).toEqual(assen.region);
  });

  it('should offer no wijk when no wijk has a figure', () => {
    expect(regionChoices(detail(), DEFAULT_VIEW, wijken([null, null])).wijken).toEqual([]);
    expect(regionChoices(detail(), DEFAULT_VIEW, null).wijken).toEqual([]);
  });

  it('should keep the headline wijk as the own region, not among the others, when the indicator has one', () => {
    const centre = detail({ indicator: { primaryRegion: 'WK010600' }, region: ref('WK010600', 'Wijk 00') });
    const choices = regionChoices(centre, { ...DEFAULT_VIEW, region: 'WK010601' }, wijken([5, 6]));
    expect([choices.own.code, choices.wijken.map((w) => w.code)]).toEqual(['WK010600', ['WK010601']]);
  });
});
