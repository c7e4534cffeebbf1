import { SheetRead, detectDelimiter, parseCsvRecords, readCsv } from './csv.parser';
import { RawRow, SheetReader } from './municipal.types';
import { decodeText } from './text-decoding';
import { fixtureBytes } from './test-support/municipal-fixtures';

function sheetOf(read: SheetRead): SheetReader {
  if (!read.sheet) throw new Error(`not readable: ${read.issue.code}`);
  return read.sheet;
}

async function recordsOf(sheet: SheetReader): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const row of sheet.records()) rows.push(row);
  return rows;
}

const filled = (rows: RawRow[]) => rows.filter((row) => row.cells.some((cell) => cell !== ''));

describe('CSV parser', () => {
  it('should strip the byte-order mark and read UTF-8 when the file is UTF-8', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({
      text: 'café',
      encoding: 'utf-8',
      bomBytes: 3,
    });
  });

  it('should fall back to Windows-1252 when the bytes are not valid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96]))).toEqual({
      text: 'café –',
      encoding: 'windows-1252',
      bomBytes: 0,
    });
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
    const sheet = sheetOf(readCsv(fixtureBytes('ok/vacancy-comma.csv'), 'vacancy-comma.csv'));
    const rows = filled(await recordsOf(sheet));
    expect(sheet.issues).toEqual([]);
    expect(rows.slice(1).map((row) => row.rowNumber)).toEqual([2, 3, 4, 5, 7]);
    expect(rows[2]?.cells[10]).toBe('Centrum, incl. "De Nieuwe Kolk"\nen de wijkwinkelcentra');
  });

  it('should report the row that opens a quote when the quote is never closed', async () => {
    const sheet = sheetOf(readCsv(fixtureBytes('not-ok/unterminated-quote.csv'), 'unterminated-quote.csv'));
    await recordsOf(sheet);
    expect(sheet.issues).toEqual([expect.objectContaining({ code: 'CSV_UNTERMINATED_QUOTE', row: 2 })]);
  });

  it('should convert and say so when the file is Windows-1252', async () => {
    const sheet = sheetOf(readCsv(fixtureBytes('ok/vacancy-windows-1252.csv'), 'vacancy-windows-1252.csv'));
    expect(sheet.notices.map((n) => n.code)).toEqual(['DECODED_WINDOWS_1252']);
    expect((await recordsOf(sheet))[1]?.cells[8]).toBe('Café – ruïne, reeële cijfers');
  });

  it('should refuse the file naming the byte offset and the line when it holds a NUL byte', () => {
    const bytes = new TextEncoder().encode('peildatum,bron\n2024-01-01,BAG\nab\u0000c,x\n');
    const read = readCsv(bytes, 'nul.csv');
    expect(read.sheet).toBeNull();
    // "peildatum,bron\n" is 15 bytes, "2024-01-01,BAG\n" 15 more, then "ab": the NUL is byte 32, on line 3.
    expect(read.sheet === null && read.issue).toMatchObject({
      code: 'NOT_TEXT',
      row: 3,
      value: 'byte 32: 0x00',
      message: expect.stringContaining('byte 32 (regel 3) is een NUL-teken'),
      message_en: expect.stringContaining('byte 32 (line 3) is a NUL character'),
    });
  });

  it('should count the bytes of UTF-8 letters and the byte-order mark when it names the offset of a control character', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('é\r\nx\u0085')]);
    // BOM 3 + é 2 + CR LF 2 + x 1: U+0085 starts at byte 8, on line 2.
    expect(readCsv(bytes, 'c1.csv')).toMatchObject({ sheet: null, issue: { code: 'NOT_TEXT', row: 2, value: 'byte 8: 0x85' } });
  });

  it('should refuse the file when it holds control bytes', () => {
    expect(readCsv(fixtureBytes('not-ok/not-text.csv'), 'not-text.csv')).toMatchObject({ sheet: null, issue: { code: 'NOT_TEXT' } });
  });

  it.each([
    [
      'little-endian with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('peildatum,bron\r\n', 'utf16le')]),
      'utf-16le',
    ],
    ['big-endian with a byte-order mark', Buffer.from([0xfe, 0xff, 0x00, 0x70, 0x00, 0x65, 0x00, 0x69, 0x00, 0x6c]), 'utf-16be'],
    [
      'little-endian without a byte-order mark',
      Buffer.from('peildatum,gemeentecode,bron\r\n2024-01-01,GM0106,BAG\r\n', 'utf16le'),
      'utf-16le',
    ],
  ])('should say the file is UTF-16 and to save it as UTF-8 when it is UTF-16 %s', (_what, bytes, encoding) => {
    expect(readCsv(new Uint8Array(bytes), 'unicode.csv')).toMatchObject({
      sheet: null,
      issue: {
        code: 'TEXT_UTF16',
        value: encoding,
        message: expect.stringMatching(/UTF-16.*Sla het op als UTF-8/),
        message_en: expect.stringContaining('Save it as UTF-8'),
      },
    });
  });
});
