import { fileIssue, notice } from './file-issue';
import { FileIssue, FileNotice, RawRow, SheetReader } from './municipal.types';
import { decodeText, firstControlCharacter, utf16ByteOrder } from './text-decoding';

export type CsvDelimiter = ',' | ';';

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

/** Where a quote was opened and never closed, known once the records have been read to the end. */
export interface CsvState {
  unterminatedAt: number | null;
}

/**
 * RFC 4180 records, one at a time: fields may be quoted, quoted fields may hold the delimiter, newlines and
 * doubled quotes. A record's number is its row in a spreadsheet (the first record is row 1), whatever newlines
 * its cells hold.
 */
export function* csvRecords(text: string, delimiter: CsvDelimiter, state: CsvState = { unterminatedAt: null }): Generator<RawRow> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let openedAt: number | null = null;
  let rowNumber = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (char === '"' && field === '') {
      quoted = true;
      openedAt = rowNumber + 1;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      yield { rowNumber: ++rowNumber, cells: fields };
      fields = [];
      field = '';
    } else field += char;
  }
  state.unterminatedAt = quoted ? openedAt : null;
  if (field !== '' || fields.length > 0 || quoted) {
    fields.push(field);
    yield { rowNumber: ++rowNumber, cells: fields };
  }
}

/** Every record of a text at once (for small texts and tests; files are read with {@link readCsv}). */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter): { records: RawRow[]; unterminatedAt: number | null } {
  const state: CsvState = { unterminatedAt: null };
  const records = [...csvRecords(text, delimiter, state)];
  return { records, unterminatedAt: state.unterminatedAt };
}

/** A file opened as a sheet, or the one reason it cannot be read at all. */
export type SheetRead = { readonly sheet: SheetReader } | { readonly sheet: null; readonly issue: FileIssue };

/** UTF-16 is text, but not the text a CSV is read as: say which encoding it is and how to save it instead. */
function utf16Issue(file: string, bytes: Uint8Array): FileIssue | null {
  const utf16 = utf16ByteOrder(bytes);
  if (utf16 !== null) {
    return fileIssue(
      'TEXT_UTF16',
      { file, row: null, column: null, value: utf16 },
      'Dit bestand is opgeslagen als UTF-16 ("Unicode-tekst"). Sla het op als UTF-8: in Excel "CSV UTF-8 (door komma\'s gescheiden)", of als Excel-werkmap (.xlsx).',
      'This file is saved as UTF-16 ("Unicode text"). Save it as UTF-8: in Excel "CSV UTF-8 (comma delimited)", or as an Excel workbook (.xlsx).',
    );
  }
  return null;
}

/** The CSV's reading problem at a character that text never holds, naming the byte and the line. */
function controlIssue(file: string, code: number, byteOffset: number, line: number): FileIssue {
  const hex = `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  const what =
    code === 0 ? { nl: 'een NUL-teken', en: 'a NUL character' } : { nl: `het stuurteken ${hex}`, en: `the control character ${hex}` };
  return fileIssue(
    'NOT_TEXT',
    { file, row: line, column: null, value: `byte ${byteOffset}: ${hex}` },
    `Dit is geen tekstbestand: byte ${byteOffset} (regel ${line}) is ${what.nl}. Sla het op als "CSV UTF-8 (door komma's gescheiden)" of als Excel-werkmap (.xlsx).`,
    `This is not a text file: byte ${byteOffset} (line ${line}) is ${what.en}. Save it as "CSV UTF-8 (comma delimited)" or as an Excel workbook (.xlsx).`,
  );
}

/** A CSV file's bytes → its records as they are read, with the decoding reported. */
export function readCsv(bytes: Uint8Array, file: string): SheetRead {
  const utf16 = utf16Issue(file, bytes);
  if (utf16) return { sheet: null, issue: utf16 };
  const decoded = decodeText(bytes);
  const control = firstControlCharacter(decoded);
  if (control) return { sheet: null, issue: controlIssue(file, control.code, control.byteOffset, control.line) };
  const notices: FileNotice[] =
    decoded.encoding === 'windows-1252'
      ? [
          notice(
            'DECODED_WINDOWS_1252',
            'Het bestand was geen geldige UTF-8 en is gelezen als Windows-1252 (ANSI); controleer letters als ë en é.',
            'The file was not valid UTF-8 and was read as Windows-1252 (ANSI); check letters such as ë and é.',
          ),
        ]
      : [];
  const issues: FileIssue[] = [];
  const text = decoded.text;
  const sheet: SheetReader = {
    format: 'csv',
    issues,
    notices,
    async *records() {
      const state: CsvState = { unterminatedAt: null };
      yield* csvRecords(text, detectDelimiter(text), state);
      if (state.unterminatedAt !== null) {
        const row = state.unterminatedAt;
        issues.push(
          fileIssue(
            'CSV_UNTERMINATED_QUOTE',
            { file, row, column: null, value: null },
            `Rij ${row} opent een aanhalingsteken (") dat nergens wordt gesloten; de rest van het bestand is niet te lezen.`,
            `Row ${row} opens a quote (") that is never closed; the rest of the file cannot be read.`,
          ),
        );
      }
    },
  };
  return { sheet };
}
