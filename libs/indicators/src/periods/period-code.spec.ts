import { type Period, isCalendarDate, parsePeriod, tryParsePeriod } from './period-code';
import { mapPeriodStatus, periodStatusFromTitle, resolvePeriodStatus } from './period-status';

describe('parsePeriod', () => {
  it.each<[string, Partial<Period>]>([
    ['2024JJ00', { kind: 'year', year: 2024, index: 0, startDate: '2024-01-01', endDate: '2024-12-31' }],
    ['2024HJ01', { kind: 'half-year', index: 1, startDate: '2024-01-01', endDate: '2024-06-30' }],
    ['2024HJ02', { kind: 'half-year', index: 2, startDate: '2024-07-01', endDate: '2024-12-31' }],
    ['2024KW01', { kind: 'quarter', index: 1, startDate: '2024-01-01', endDate: '2024-03-31' }],
    ['2024KW04', { kind: 'quarter', index: 4, startDate: '2024-10-01', endDate: '2024-12-31' }],
    ['2024MM02', { kind: 'month', index: 2, startDate: '2024-02-01', endDate: '2024-02-29' }],
    ['2023MM02', { kind: 'month', startDate: '2023-02-01', endDate: '2023-02-28' }],
    ['2024MM06', { kind: 'month', startDate: '2024-06-01', endDate: '2024-06-30' }],
    ['2012SJ00', { kind: 'school-year', year: 2012, startDate: '2012-08-01', endDate: '2013-07-31' }],
    ['2024W107', { kind: 'week', kindCode: 'W1', index: 7, startDate: null, endDate: null }],
    ['2024W413', { kind: 'four-week', index: 13, startDate: null, endDate: null }],
    ['2024VJ03', { kind: 'rolling-year', startDate: null }],
    ['2024VS06', { kind: 'rolling-months' }],
    ['2024M312', { kind: 'three-month-average' }],
    ['2024G300', { kind: 'multi-year-average', kindCode: 'G3' }],
    ['2024X000', { kind: 'no-division', kindCode: 'X0', startDate: null }],
    ['20150325', { kind: 'day', year: 2015, index: 25, startDate: '2015-03-25', endDate: '2015-03-25' }],
    [' 2024JJ00  ', { code: '2024JJ00', kind: 'year' }],
  ])('should parse %p', (code, expected) => {
    expect(parsePeriod(code)).toMatchObject(expected);
  });

  it.each(['2024JJ01', '2024KW05', '2024MM13', '2024MM00', '2024HJ03', '2024QQ01', '20150230', '2024', 'JJ002024', ''])(
    'should reject %p',
    (code) => {
      expect(tryParsePeriod(code)).toBeNull();
      expect(() => parsePeriod(code)).toThrow('Not a CBS period code');
    },
  );
});

describe('period status', () => {
  it.each<[string | null, string | null]>([
    ['Definitief', 'definitive'],
    ['Voorlopig', 'provisional'],
    ['NaderVoorlopig', 'revised-provisional'],
    ['Nader voorlopig', 'revised-provisional'],
    ['nader-voorlopig', 'revised-provisional'],
    ['Provisional', 'provisional'],
    ['Definitive', 'definitive'],
    ['Onbekend', null],
    [null, null],
  ])('should map Status %p to %p', (raw, expected) => {
    expect(mapPeriodStatus(raw)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['2024*', 'provisional'],
    ['2024 1e kwartaal* ', 'provisional'],
    ['2023**', 'revised-provisional'],
    ['2022', null],
  ])('should read title %p as %p', (title, expected) => {
    expect(periodStatusFromTitle(title)).toBe(expected);
  });

  it('should prefer the Status field over the title suffix when both are present', () => {
    expect(resolvePeriodStatus('Definitief', '2024*')).toBe('definitive');
    expect(resolvePeriodStatus(null, '2024*')).toBe('provisional');
    expect(resolvePeriodStatus('???', '2024')).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2025-12-31', '0001-01-01'])('should accept %p when it is a real date', (text) => {
    expect(isCalendarDate(text)).toBe(true);
  });

  it.each(['2025-02-29', '2025-02-30', '0000-01-01', '2025-13-01', '2025-04-31', '2025-1-01', ''])(
    'should refuse %p when it is no real date',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});
