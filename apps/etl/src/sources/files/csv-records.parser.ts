import type { CsvDelimiter, CsvFormat } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';

/** One CSV record and the file line it starts on (1 = the first line of the file). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/** The header and data records of a CSV file, title and footer lines taken off. */
export interface CsvTable {
  /** One header record, or (transposed) the header rows. */
  readonly header: readonly CsvRecord[];
  readonly rows: readonly CsvRecord[];
  readonly problems: readonly FileProblem[];
}

/** A quoted field from the quote at `from`: its text, where reading goes on, and the line breaks it held. */
function readQuoted(text: string, from: number): { value: string; next: number; breaks: number } | null {
  let value = '';
  let at = from + 1;
  let breaks = 0;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return null;
    value += text.slice(at, quote);
    breaks += countBreaks(text, at, quote);
    if (text[quote + 1] !== '"') return { value, next: quote + 1, breaks };
    value += '"';
    at = quote + 2;
  }
}

/**
 * RFC 4180 records in one pass: quoted fields may hold the delimiter, line breaks and doubled quotes; a quote
 * opens a quoted field only at the field's start. Linear in the text (cells are sliced, not built per character).
 */
export function splitCsvRecords(text: string, delimiter: CsvDelimiter): { records: CsvRecord[]; unterminatedAt: number | null } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length || cells.length > 0 || records.length === 0) {
    let value = '';
    if (text[i] === '"') {
      const quoted = readQuoted(text, i);
      if (quoted === null) return { records, unterminatedAt: line };
      value = quoted.value;
      line += quoted.breaks;
      i = quoted.next;
    }
    // Text after the closing quote and before the delimiter belongs to the field, as spreadsheets read it.
    const end = fieldEnd(text, i, delimiter);
    cells.push(value + text.slice(i, end));
    i = end;
    if (text[i] === delimiter) {
      i += 1;
      continue;
    }
    records.push({ line: recordLine, cells });
    cells = [];
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line += 1;
    recordLine = line;
  }
  return { records, unterminatedAt: null };
}

function fieldEnd(text: string, from: number, delimiter: string): number {
  let i = from;
  while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i += 1;
  return i;
}

function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) breaks += 1;
  return breaks;
}

const isBlank = (record: CsvRecord) => record.cells.every((cell) => cell.trim() === '');

/**
 * Header and rows as the manifest's format says: `titleLines` records skipped, then `headerRows` header records;
 * trailing blank records and footer lines (`Bron: CBS`) dropped. A header that does not split on the declared
 * delimiter, an unclosed quote, or a row with another number of fields than the header is a problem.
 */
export function readCsvTable(text: string, format: CsvFormat, headerRows: number, file: string): CsvTable {
  const { records, unterminatedAt } = splitCsvRecords(text, format.delimiter);
  const problems: FileProblem[] = [];
  if (unterminatedAt !== null) {
    problems.push({ file, row: unterminatedAt, column: null, value: null, message: 'a quote (") opens here and is never closed' });
  }
  const body = records.slice(format.titleLines);
  let end = body.length;
  while (end > 0 && (isBlank(body[end - 1]!) || format.footerLines.some((prefix) => body[end - 1]!.cells[0]!.trim().startsWith(prefix))))
    end -= 1;
  const header = body.slice(0, headerRows);
  const rows = body.slice(headerRows, end).filter((record) => !isBlank(record));
  const first = header[0];
  if (!first)
    return {
      header,
      rows,
      problems: [...problems, { file, row: null, column: null, value: null, message: 'the file has no header line' }],
    };
  const splitProblem = delimiterProblem(first, format.delimiter, file);
  if (splitProblem) return { header, rows: [], problems: [...problems, splitProblem] };
  const width = first.cells.length;
  for (const record of [...header.slice(1), ...rows]) {
    if (record.cells.length !== width) {
      problems.push({
        file,
        row: record.line,
        column: null,
        value: null,
        message: `the row has ${record.cells.length} fields, the header ${width}`,
      });
    }
  }
  return { header, rows, problems };
}

/** A header of one field that holds the other delimiter was written with that one: say so, not "column unknown". */
function delimiterProblem(header: CsvRecord, delimiter: CsvDelimiter, file: string): FileProblem | null {
  if (header.cells.length > 1) return null;
  const other: CsvDelimiter = delimiter === ';' ? ',' : ';';
  const cell = header.cells[0] ?? '';
  const hint = cell.includes(other) ? ` (it splits on "${other}": declare delimiter "${other}" if the file is right)` : '';
  return {
    file,
    row: header.line,
    column: '(header)',
    value: cell.length > 80 ? `${cell.slice(0, 80)}…` : cell,
    message: `the header does not split on the declared delimiter "${delimiter}"${hint}`,
  };
}
