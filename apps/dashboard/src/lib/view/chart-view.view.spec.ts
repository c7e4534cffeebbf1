import { comparison, point } from '@koers/api-contracts/testing';
import { chartViewQuery, DEFAULT_VIEW, readChartView, shownComparisons } from './chart-view.view';

const TODAY = '2026-12-07';

describe('readChartView', () => {
  it('should read every part of the view when the query holds them all', () => {
    const view = readChartView({ region: 'WK010607', peers: 'GM0114,PV22', from: '2015', to: '2024', view: 'table', asOf: '2025-06-01' }, TODAY);
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
    [{ from: '2024', to: '2015' }, { from: 2015, to: 2024 }],
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
    expect(chartViewQuery({ ...DEFAULT_VIEW, to: 2024, peers: ['GM0114', 'PV22'], display: 'table' })).toBe('?peers=GM0114,PV22&to=2024&view=table');
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
