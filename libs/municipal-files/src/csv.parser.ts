import { fileIssue, notice } from './file-issue';
import { FileIssue, FileNotice, RawRow, RawTable } from './municipal.types';

export type CsvDelimiter = ',' | ';';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
}

/**
 * UTF-8 (with or without a byte-order mark) is the format; a file that is not valid UTF-8 is read as Windows-1252,
 * which is what Excel's "CSV (gescheiden door lijstscheidingsteken)" writes on a Dutch Windows machine.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). The five undefined bytes stay C1 controls, as in WHATWG. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control characters (Node 20 with full ICU), which
 * would turn "–" and "€" into invisible controls; this table decodes them as Windows does.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : byte));
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** `;` when the header line has more semicolons than commas outside quotes (Dutch Excel), else `,`. */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export interface CsvRecords {
  readonly records: RawRow[];
  /** The record in which a quote was opened and never closed, or null. */
  readonly unterminatedAt: number | null;
}

/**
 * RFC 4180 records: fields may be quoted, quoted fields may hold the delimiter, newlines and doubled quotes.
 * A record's number is its row in a spreadsheet (the first record is row 1), whatever newlines its cells hold.
 */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecords {
  const records: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let openedAt: number | null = null;
  const endRecord = () => {
    fields.push(field);
    records.push({ rowNumber: records.length + 1, cells: fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
      openedAt = records.length + 1;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += char;
  }
  if (field !== '' || fields.length > 0 || quoted) endRecord();
  return { records, unterminatedAt: quoted ? openedAt : null };
}

export interface ParsedSheet {
  readonly table: RawTable | null;
  readonly issues: FileIssue[];
  readonly notices: FileNotice[];
}

function isBlank(row: RawRow): boolean {
  return row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

/** Rows of strings, header first; blank lines are left out (their numbers are kept by the rows around them). */
export function recordsToTable(rows: readonly RawRow[], format: RawTable['format']): RawTable | null {
  const filled = rows.filter((row) => !isBlank(row));
  const [header, ...data] = filled;
  return header ? { format, header: header.cells, headerRow: header.rowNumber, rows: data } : null;
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || (code >= 0x80 && code <= 0x9f)) return true;
  }
  return false;
}

/** A CSV file's bytes → its header and rows, with the decoding reported. */
export function parseCsv(bytes: Uint8Array, file: string): ParsedSheet {
  const { text, encoding } = decodeText(bytes);
  const at = { file, row: null, column: null, value: null };
  // NUL and the C1 controls do not occur in text: this is a binary file (or UTF-16) with the wrong name.
  if (hasControlCharacters(text)) {
    return { table: null, notices: [], issues: [fileIssue('NOT_TEXT', at,
      'Dit is geen tekstbestand. Sla het op als "CSV UTF-8 (door komma\'s gescheiden)" of als Excel-werkmap (.xlsx).',
      'This is not a text file. Save it as "CSV UTF-8 (comma delimited)" or as an Excel workbook (.xlsx).')] };
  }
  const notices = encoding === 'windows-1252'
    ? [notice('DECODED_WINDOWS_1252',
      'Het bestand was geen geldige UTF-8 en is gelezen als Windows-1252 (ANSI); controleer letters als ë en é.',
      'The file was not valid UTF-8 and was read as Windows-1252 (ANSI); check letters such as ë and é.')]
    : [];
  const { records, unterminatedAt } = parseCsvRecords(text, detectDelimiter(text));
  const issues = unterminatedAt === null ? [] : [fileIssue('CSV_UNTERMINATED_QUOTE', { ...at, row: unterminatedAt },
    `Rij ${unterminatedAt} opent een aanhalingsteken (") dat nergens wordt gesloten; de rest van het bestand is niet te lezen.`,
    `Row ${unterminatedAt} opens a quote (") that is never closed; the rest of the file cannot be read.`)];
  return { table: recordsToTable(records, 'csv'), issues, notices };
}
