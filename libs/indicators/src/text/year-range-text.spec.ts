import { yearRangeText } from './year-range-text';

describe('yearRangeText', () => {
  it.each([
    [2015, 2024, 'nl', '–', '2015–2024'],
    [2015, 2024, 'en', '--', '2015--2024'],
    [2015, null, 'nl', '–', 'vanaf 2015'],
    [2015, null, 'en', '–', 'from 2015'],
    [null, 2024, 'nl', '–', 'tot en met 2024'],
    [null, 2024, 'en', '–', 'up to 2024'],
    [null, null, 'nl', '–', ''],
  ] as const)('should write from %p to %p in %s (dash %p) as %p when a view names those years', (from, to, lang, dash, text) => {
    expect(yearRangeText(from, to, lang, dash)).toBe(text);
  });
});
