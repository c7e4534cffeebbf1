import { formatChange, formatDate, formatDateTime, formatFileSize, formatNumber, formatPercent, formatValue } from './number.format';

describe('number and date formatting', () => {
  it.each([
    [70769, 0, 'nl', '70.769'],
    [70769, 0, 'en', '70,769'],
    [1.0645, 2, 'nl', '1,06'],
    [1.0645, 2, 'en', '1.06'],
    [null, 0, 'nl', '–'],
  ] as const)('should format %p with %p decimals in %p as %p', (value, decimals, lang, expected) => {
    expect(formatNumber(value, decimals, lang)).toBe(expected);
  });

  it('should write percentages the Dutch way in NL and the English way in EN', () => {
    expect(formatPercent(1.5, 1, 'nl')).toBe('1,5%');
    expect(formatPercent(1.5, 1, 'en')).toBe('1.5%');
    expect(formatValue(10.5102, 'percent', 1, 'nl')).toBe('10,5%');
  });

  it('should add the unit when the value has one', () => {
    expect(formatValue(70769, 'count', 0, 'nl')).toBe('70.769');
    expect(formatValue(1.0645, 'per-household', 2, 'nl')).toBe('1,06 per huishouden');
    expect(formatValue(1234, 'm2', 0, 'en')).toBe('1,234 m²');
  });

  it('should give changes a sign and percentages as percentage points', () => {
    expect(formatChange(1234, 'count', 0, 'nl')).toBe('+1.234');
    expect(formatChange(-1.49, 'percent', 1, 'nl')).toBe('−1,5 procentpunt');
    expect(formatChange(0.01, 'count', 0, 'en')).toBe('±0');
    expect(formatChange(null, 'count', 0, 'en')).toBe('–');
  });

  it('should write dates in full in the page language', () => {
    expect(formatDate('2026-11-27T10:00:00Z', 'nl')).toBe('27 november 2026');
    expect(formatDate('2026-11-27T10:00:00Z', 'en')).toBe('27 November 2026');
    expect(formatDate('not a date', 'nl')).toBe('–');
  });

  it('should add the time in Dutch time when a moment is written', () => {
    expect(formatDateTime('2026-11-27T10:05:00Z', 'nl')).toBe('27 november 2026 11:05');
    expect(formatDateTime('2026-07-01T22:30:00Z', 'en')).toBe('2 July 2026 00:30');
    expect(formatDateTime(null, 'nl')).toBe('–');
  });

  it.each([
    [812, 'nl', '812 bytes'],
    [12_595, 'nl', '12,3 kB'],
    [12_595, 'en', '12.3 kB'],
    [1_572_864, 'nl', '1,5 MB'],
  ] as const)('should write a file of %p bytes in %p as %p', (bytes, lang, expected) => {
    expect(formatFileSize(bytes, lang)).toBe(expected);
  });
});
