import { missingToken, parseNumberText, readIsoDate, readNumber, readYear } from './cell-value.parser';

describe('parseNumberText', () => {
  it.each([
    ['1234', true, 1234],
    ['1234', false, 1234],
    ['1.234,5', false, 1234.5],
    ['1.234.567', true, 1234567],
    ['1.234.567,25', false, 1234567.25],
    ['1234.5', false, 1234.5],
    ['1,234.5', false, 1234.5],
    ['1,234,567', true, 1234567],
    ['12,5', false, 12.5],
    ['0,125', false, 0.125],
    ['0.125', false, 0.125],
    ['1234.567', false, 1234.567],
    ['1.234', true, 1234],
    ['1,234', true, 1234],
    ['-3', true, -3],
    [' 42 ', true, 42],
  ])('should read %s (whole numbers: %s) as %d when the notation is unambiguous', (text, whole, expected) => {
    expect(parseNumberText(text, whole)).toEqual({ kind: 'number', value: expected });
  });

  it.each([['1.234'], ['1,234'], ['12.500']])('should report %s as ambiguous when the column takes decimals', (text) => {
    expect(parseNumberText(text, false)).toMatchObject({ kind: 'ambiguous' });
  });

  it('should give both readings when a number is ambiguous', () => {
    expect(parseNumberText('1.234', false)).toEqual({ kind: 'ambiguous', asDecimal: 1.234, asThousands: 1234 });
  });

  it.each([['veel'], ['1e3'], ['12.34.5'], ['1.23,4.5'], ['1 234'], ["=cmd|' /C calc'!A0"], ['€ 12'], ['.5']])(
    'should not read %s as a number when it is not one',
    (text) => {
      expect(parseNumberText(text, false)).toEqual({ kind: 'invalid' });
    },
  );
});

describe('readNumber', () => {
  it.each([
    [null, 'empty'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['.', '.'],
    ['x', 'x'],
    ['X', 'x'],
    ['-', '-'],
  ])('should read %p as missing with reason %p when it is a missing token', (cell, token) => {
    expect(readNumber(cell, true)).toEqual({ kind: 'missing', token });
    expect(missingToken(cell)).toBe(token);
  });

  it('should take an XLSX number as it is when the cell holds a number', () => {
    expect(readNumber(1234.5, false)).toEqual({ kind: 'number', value: 1234.5 });
  });

  it('should refuse a date or a boolean when a number is expected', () => {
    expect(readNumber(new Date('2024-01-01T00:00:00Z'), true)).toEqual({ kind: 'invalid' });
    expect(readNumber(true, true)).toEqual({ kind: 'invalid' });
  });
});

describe('readIsoDate and readYear', () => {
  it('should accept an ISO date or an XLSX date cell when the day exists', () => {
    expect(readIsoDate('2024-01-01')).toBe('2024-01-01');
    expect(readIsoDate(new Date('2024-02-29T00:00:00Z'))).toBe('2024-02-29');
  });

  it.each([['2024-02-30'], ['1-1-2024'], ['2024-1-1'], ['20240101']])('should refuse %s when it is not an existing ISO date', (text) => {
    expect(readIsoDate(text)).toBeNull();
  });

  it('should read four-digit years within 1900–2100 when given as text or number', () => {
    expect(readYear('2024')).toBe(2024);
    expect(readYear(2023)).toBe(2023);
    expect(readYear('24')).toBeNull();
    expect(readYear('1850')).toBeNull();
  });
});
