import { csvHeader, csvLines, formatNumber } from './csv.format';
import type { ColumnSpec } from './tabular.types';

const columns: ColumnSpec[] = [
  { name: 'region', type: 'string', description: '' },
  { name: 'value', type: 'number', description: '' },
  { name: 'provisional', type: 'boolean', description: '' },
];

describe('csv format', () => {
  it('should write a decimal comma when the dialect is Dutch and leave negative numbers unescaped', () => {
    expect(formatNumber(-12.5, ',')).toBe('-12,5');
    expect(formatNumber(68599, ',')).toBe('68599');
    expect(formatNumber(0.25, '.')).toBe('0.25');
  });

  it('should write a BOM and semicolons when the dialect is nl', () => {
    expect(csvHeader(columns, 'nl')).toBe('\uFEFFregion;value;provisional\n');
    // Text cells by the one CSV text rule (libs/indicators csvText): a formula is guarded, a plain '-' is not.
    const batch = {
      length: 3,
      columns: [
        ['GM0106', '=1+1', '-'],
        [1016.5, null, 3],
        [true, false, true],
      ],
    };
    expect(csvLines(batch, 'nl')).toBe("GM0106;1016,5;true\n'=1+1;;false\n-;3;true\n");
  });

  it('should write commas and points without a BOM when the dialect is international', () => {
    expect(csvHeader(columns, 'international')).toBe('region,value,provisional\n');
    const batch = { length: 1, columns: [['WK010600'], [-0.5], [false]] };
    expect(csvLines(batch, 'international')).toBe('WK010600,-0.5,false\n');
  });

  it('should write nothing when the batch is empty', () => {
    expect(csvLines({ length: 0, columns: [[], [], []] }, 'international')).toBe('');
  });
});
