import { formatPeriod } from './period-format';
import { parseStatlinePeriod } from './statline-period';

describe('parseStatlinePeriod', () => {
  it.each<[string, Parameters<typeof parseStatlinePeriod>[1], string, string]>([
    ['2024', { kind: 'year' }, '2024JJ00', 'definitive'],
    ['2024*', { kind: 'year' }, '2024JJ00', 'provisional'],
    ['2023**', { kind: 'year' }, '2023JJ00', 'revised-provisional'],
    [' 2012 ', { kind: 'year' }, '2012JJ00', 'definitive'],
    ['2008 december**', { kind: 'year', yearLabelWord: 'december' }, '2008JJ00', 'revised-provisional'],
    ['2010 december*', { kind: 'year', yearLabelWord: 'december' }, '2010JJ00', 'provisional'],
    ['2016JJ00', { kind: 'year' }, '2016JJ00', 'definitive'],
    ['2024 1e kwartaal*', { kind: 'quarter' }, '2024KW01', 'provisional'],
    ['2024 4th quarter', { kind: 'quarter' }, '2024KW04', 'definitive'],
    ['2024 juni', { kind: 'month' }, '2024MM06', 'definitive'],
    ['2024 December', { kind: 'month' }, '2024MM12', 'definitive'],
  ])('should read %p as %s (%s)', (label, rules, code, status) => {
    expect(parseStatlinePeriod(label, rules)).toEqual({ code, status });
  });

  it.each<[string, Parameters<typeof parseStatlinePeriod>[1]]>([
    ['2008 december', { kind: 'year' }],
    ['2024 1e kwartaal', { kind: 'year' }],
    ['2024', { kind: 'month' }],
    ['2024 dertiende', { kind: 'month' }],
    ['2024 5e kwartaal', { kind: 'quarter' }],
    ['2016KW01', { kind: 'year' }],
    ['24', { kind: 'year' }],
    ['', { kind: 'year' }],
    ['totaal', { kind: 'year' }],
  ])('should refuse %p when it is no period of the declared kind', (label, rules) => {
    expect(parseStatlinePeriod(label, rules)).toBeNull();
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2024JJ00', 'nl', '2024'],
    ['2024KW02', 'nl', '2e kwartaal 2024'],
    ['2024KW02', 'en', 'Q2 2024'],
    ['2024MM06', 'nl', 'juni 2024'],
    ['2024MM06', 'en', 'June 2024'],
    ['2024HJ01', 'nl', '1e halfjaar 2024'],
    ['2012SJ00', 'nl', '2012/2013'],
    ['20150325', 'nl', '25 maart 2015'],
    ['2024G300', 'nl', '2024G300'],
    ['onzin', 'en', 'onzin'],
  ] as const)('should write %s in %s as %p', (code, lang, text) => {
    expect(formatPeriod(code, lang)).toBe(text);
  });
});
