import { readCsvTable, splitCsvRecords } from './csv-records.parser';
import type { CsvFormat } from './file-manifest.types';

const FORMAT: CsvFormat = {
  type: 'csv',
  encoding: 'utf-8',
  delimiter: ';',
  decimalSeparator: '.',
  titleLines: 0,
  footerLines: ['Bron: CBS'],
  layout: { kind: 'long' },
};

describe('splitCsvRecords', () => {
  it.each<[string, string, string[][]]>([
    [
      'plain fields',
      'a;b\r\n1;2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted fields with the delimiter inside',
      '"K-L Financiële diensten; onroerend goed";"5"\n',
      [['K-L Financiële diensten; onroerend goed', '5']],
    ],
    ['doubled quotes', '"say ""hi""";x', [['say "hi"', 'x']]],
    ['empty fields, quoted or not', ';"";\n', [['', '', '']]],
    ['padded strings kept as written', '"GM0106    ";"    78.6"', [['GM0106    ', '    78.6']]],
    ['no final line break', 'a;b', [['a', 'b']]],
  ])('should split %s', (_what, text, expected) => {
    expect(splitCsvRecords(text, ';').records.map((record) => record.cells)).toEqual(expected);
  });

  it('should number each record by the line it starts on when a quoted field holds a line break', () => {
    const { records } = splitCsvRecords('h1;h2\n"two\nlines";x\nlast;y\n', ';');
    expect(records.map((record) => [record.line, record.cells])).toEqual([
      [1, ['h1', 'h2']],
      [2, ['two\nlines', 'x']],
      [4, ['last', 'y']],
    ]);
  });

  it('should report the line of a quote that is never closed', () => {
    expect(splitCsvRecords('a;b\n"open;x\n', ';').unterminatedAt).toBe(2);
  });
});

describe('readCsvTable', () => {
  it('should drop title lines, trailing footer and blank lines when the format declares them', () => {
    const table = readCsvTable('"Titel"\n"Ondertitel"\nRegio;Waarde\nAssen;1\n\nBron: CBS;\n', { ...FORMAT, titleLines: 2 }, 1, 'f.csv');
    expect(table.problems).toEqual([]);
    expect(table.header.map((r) => r.cells)).toEqual([['Regio', 'Waarde']]);
    expect(table.rows.map((r) => [r.line, r.cells])).toEqual([[4, ['Assen', '1']]]);
  });

  it('should say so when the header splits on the other delimiter', () => {
    const table = readCsvTable('Regio,Waarde\nAssen,1\n', FORMAT, 1, 'f.csv');
    expect(table.problems).toEqual([
      {
        file: 'f.csv',
        row: 1,
        column: '(header)',
        value: 'Regio,Waarde',
        message: 'the header does not split on the declared delimiter ";" (it splits on ",": declare delimiter "," if the file is right)',
      },
    ]);
  });

  it("should name a row whose number of fields is not the header's", () => {
    expect(readCsvTable('a;b\n1;2;3\n', FORMAT, 1, 'f.csv').problems).toEqual([
      { file: 'f.csv', row: 2, column: null, value: null, message: 'the row has 3 fields, the header 2' },
    ]);
  });
});
