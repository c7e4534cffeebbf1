import { decodeText, detectDelimiter, parseCsv, parseCsvRecords } from './csv.parser';
import { fixtureBytes } from './test-support/municipal-fixtures';

describe('CSV parser', () => {
  it('should strip the byte-order mark and read UTF-8 when the file is UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('should fall back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96]))).toEqual({ text: 'café –', encoding: 'windows-1252' });
  });

  it.each([
    ['a,b,c\n1;2', ','],
    ['a;b;c\n1,5;2', ';'],
    ['"a;b",c\n', ','],
    ['single\n', ','],
  ])('should detect the delimiter of %p from the header when counting outside quotes', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('should keep delimiters, doubled quotes and line breaks inside quoted fields when reading records', () => {
    const { records, unterminatedAt } = parseCsvRecords('a,b\r\n"x, ""y""\nz",2\n\n3,4', ',');
    expect(unterminatedAt).toBeNull();
    expect(records).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 2, cells: ['x, "y"\nz', '2'] },
      { rowNumber: 3, cells: [''] },
      { rowNumber: 4, cells: ['3', '4'] },
    ]);
  });

  it('should number rows as a spreadsheet does when a quoted cell spans lines', async () => {
    const parsed = parseCsv(fixtureBytes('ok/vacancy-comma.csv'), 'vacancy-comma.csv');
    expect(parsed.issues).toEqual([]);
    expect(parsed.table?.rows.map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 7]);
    expect(parsed.table?.rows[1]?.cells[10]).toBe('Centrum, incl. "De Nieuwe Kolk"\nen de wijkwinkelcentra');
  });

  it('should report the row that opens a quote when the quote is never closed', () => {
    const parsed = parseCsv(fixtureBytes('not-ok/unterminated-quote.csv'), 'unterminated-quote.csv');
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE', row: 2 })]);
  });

  it('should convert and say so when the file is Windows-1252', () => {
    const parsed = parseCsv(fixtureBytes('ok/vacancy-windows-1252.csv'), 'vacancy-windows-1252.csv');
    expect(parsed.notices.map((n) => n.code)).toEqual(['DECODED_WINDOWS_1252']);
    expect(parsed.table?.rows[0]?.cells[8]).toBe('Café – ruïne, reeële cijfers');
  });

  it('should refuse the file when it holds NUL or control bytes', () => {
    expect(parseCsv(fixtureBytes('not-ok/not-text.csv'), 'not-text.csv').issues).toEqual([expect.objectContaining({ code: 'NOT_TEXT' })]);
  });
});
