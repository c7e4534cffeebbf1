import { periodCodeOf } from './period.validator';
import { decimalIntegerOf } from './query-params';
import { isRowIdNumber, isRowIdText } from './row-id.validator';

describe('the shared parameter validators', () => {
  it.each([
    ['1', 'bigint', true],
    ['9223372036854775807', 'bigint', true],
    ['9223372036854775808', 'bigint', false],
    ['2147483647', 'integer', true],
    ['2147483648', 'integer', false],
    ['0', 'bigint', false],
    ['01', 'bigint', false],
    ['0x10', 'bigint', false],
    ['1e3', 'bigint', false],
    ['+1', 'bigint', false],
    [' 1', 'bigint', false],
    ['1.0', 'bigint', false],
    ['１', 'bigint', false],
    ['', 'bigint', false],
  ] as const)('should take %j as a %s id: %s when checked as text', (text, column, expected) => {
    expect(isRowIdText(text, column)).toBe(expected);
  });

  it.each([
    [1, true],
    [2 ** 31 - 1, true],
    [2 ** 31, false],
    [2 ** 53, false],
    [0, false],
    [-1, false],
    [1.5, false],
    ['1', false],
  ] as const)('should take %j as an int4 id carried as a number: %s', (value, expected) => {
    expect(isRowIdNumber(value, 'integer')).toBe(expected);
  });

  it.each([
    ['2024', '2024JJ00'],
    ['2024JJ00', '2024JJ00'],
    ['2024KW04', '2024KW04'],
    ['2024MM12', '2024MM12'],
    ['1900', '1900JJ00'],
    ['2100JJ00', '2100JJ00'],
    ['2024MM13', null],
    ['2024KW05', null],
    ['2024JJ01', null],
    ['1899', null],
    ['2101JJ00', null],
    ['20240101', null],
    [' 2024JJ00', null],
    ['2024jj00', null],
  ] as const)('should read period %j as %j', (value, expected) => {
    expect(periodCodeOf(value)).toBe(expected);
  });

  it.each([
    ['2024', 2024],
    ['0', 0],
    ['-5', -5],
    ['0x7E8', '0x7E8'],
    ['2.024e3', '2.024e3'],
    ['02024', '02024'],
    [' 2024', ' 2024'],
    ['', ''],
    ['9999999999999999', '9999999999999999'],
  ] as const)('should read whole number %j as %j, leaving other forms for the validator to refuse', (value, expected) => {
    expect(decimalIntegerOf(value)).toBe(expected);
  });
});
