import { type CellValue, readCellValue } from './cell-value.mapper';

describe('readCellValue', () => {
  it.each<[string | number | null, '.' | ',', CellValue]>([
    ['38.81', '.', { kind: 'value', value: 38.81 }],
    ['    78.6', '.', { kind: 'value', value: 78.6 }],
    ['-79.50', '.', { kind: 'value', value: -79.5 }],
    ['81,89', ',', { kind: 'value', value: 81.89 }],
    ['0', '.', { kind: 'value', value: 0 }],
    [33215, '.', { kind: 'value', value: 33215 }],
    ['.', '.', { kind: 'missing', reason: '.' }],
    ['x', ',', { kind: 'missing', reason: 'x' }],
    ['-', '.', { kind: 'missing', reason: '-' }],
    ['?', '.', { kind: 'missing', reason: '?' }],
    ['', '.', { kind: 'missing', reason: 'empty' }],
    ['   ', '.', { kind: 'missing', reason: 'empty' }],
    [null, '.', { kind: 'missing', reason: 'null' }],
    ['n.b.', '.', { kind: 'invalid', reason: 'not a number and not a CBS symbol (. x - ?)' }],
    ['81,89', '.', { kind: 'invalid', reason: 'a number with decimal separator ","; the manifest declares "."' }],
    ['1.234', ',', { kind: 'invalid', reason: 'a number with decimal separator "."; the manifest declares ","' }],
    ['12 345', '.', { kind: 'invalid', reason: 'not a number and not a CBS symbol (. x - ?)' }],
  ])('should read %p with decimal separator %p as %p', (raw, decimal, expected) => {
    expect(readCellValue(raw, decimal)).toEqual(expected);
  });

  it('should store CBS nil ("-") as missing, never as 0, when CBS writes it', () => {
    expect(readCellValue('-', '.')).not.toEqual({ kind: 'value', value: 0 });
  });
});
