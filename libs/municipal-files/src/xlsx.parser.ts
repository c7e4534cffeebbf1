import { Readable } from 'node:stream';
import { CellValue, stream } from 'exceljs';
import { SheetRead } from './csv.parser';
import { fileIssue, notice } from './file-issue';
import { FileLimits, tooManyRowsIssue } from './file-limits';
import { FileIssue, FileNotice, RawCell, SheetReader } from './municipal.types';
import { firstSheetOf } from './xlsx-sheet.scanner';

interface CellRead {
  readonly cell: RawCell;
  readonly formula: boolean;
}

/**
 * Values only. A formula cell gives the result Excel stored when the file was saved; formulas are never
 * evaluated, and text that looks like one (`=cmd|' /C calc'!A0`) stays text.
 */
export function readCell(value: CellValue): CellRead {
  if (value === null || value === undefined) return { cell: null, formula: false };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    return { cell: value, formula: false };
  }
  if ('error' in value) return { cell: { broken: 'error-value', text: value.error }, formula: false };
  if ('richText' in value) return { cell: value.richText.map((part) => part.text).join(''), formula: false };
  if ('hyperlink' in value) return { cell: value.text, formula: false };
  const formula = 'sharedFormula' in value ? value.sharedFormula : value.formula;
  const result = value.result;
  if (result === undefined || result === null) return { cell: { broken: 'formula-without-result', text: formula }, formula: true };
  if (typeof result === 'object' && !(result instanceof Date))
    return { cell: { broken: 'error-value', text: result.error }, formula: true };
  return { cell: result, formula: true };
}

function formulaNotice(count: number): FileNotice {
  return notice(
    'FORMULA_RESULTS_USED',
    `${count} cel(len) met een formule: de in het bestand opgeslagen uitkomst is gebruikt (formules worden nooit uitgerekend).`,
    `${count} cell(s) with a formula: the result stored in the file was used (formulas are never evaluated).`,
  );
}

/** Reading slices of this size keeps unzipper (inside exceljs) from re-scanning one large buffer. */
const STREAM_CHUNK_BYTES = 64 * 1024;

function* chunksOf(bytes: Uint8Array): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += STREAM_CHUNK_BYTES) {
    yield Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(STREAM_CHUNK_BYTES, bytes.length - start));
  }
}

/** A formula cell whose stored result is an error: exceljs's streaming reader drops the error, the scan has it. */
function cellOf(value: CellValue, stored: string | undefined): CellRead {
  if (stored !== undefined && typeof value === 'object' && value !== null && 'formula' in value) {
    return { cell: { broken: 'error-value', text: stored }, formula: true };
  }
  return readCell(value);
}

function unreadable(file: string, detail: string): FileIssue {
  return fileIssue(
    'XLSX_UNREADABLE',
    { file, row: null, column: null, value: detail },
    'Het Excel-bestand is niet te lezen. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV UTF-8.',
    'The Excel file cannot be read. Save it again as an Excel workbook (.xlsx) or as CSV UTF-8.',
  );
}

/**
 * The first sheet of an XLSX (already checked by `inspectXlsxArchive`), row by row through exceljs's streaming
 * reader, so a check can stop early and a large sheet is never held as a workbook. A sheet with more rows than
 * the limit is refused before any cell is read.
 */
export function readXlsx(bytes: Uint8Array, file: string, limits: Pick<FileLimits, 'maxRows'>): SheetRead {
  let first: ReturnType<typeof firstSheetOf>;
  try {
    // The header row is not data: one more row than the limit is allowed here.
    first = firstSheetOf(bytes, limits.maxRows + 1);
  } catch (error) {
    return { sheet: null, issue: unreadable(file, error instanceof Error ? error.message : String(error)) };
  }
  if (first === 'no-sheet') {
    return {
      sheet: null,
      issue: fileIssue(
        'XLSX_NO_SHEET',
        { file, row: null, column: null, value: null },
        'Het Excel-bestand heeft geen werkblad.',
        'The Excel file has no worksheet.',
      ),
    };
  }
  const { archive, errorResults } = first;
  if (archive === null) return { sheet: null, issue: tooManyRowsIssue(file, limits) };
  const issues: FileIssue[] = [];
  const notices: FileNotice[] = [];
  const sheet: SheetReader = {
    format: 'xlsx',
    issues,
    notices,
    async *records() {
      let formulas = 0;
      const reader = new stream.xlsx.WorkbookReader(Readable.from(chunksOf(archive)), {
        sharedStrings: 'cache',
        styles: 'cache',
        hyperlinks: 'ignore',
        worksheets: 'emit',
        entries: 'ignore',
      });
      try {
        for await (const worksheet of reader) {
          for await (const row of worksheet) {
            const values: CellValue[] = Array.isArray(row.values) ? row.values : [];
            const cells: RawCell[] = [];
            for (let column = 1; column < values.length; column++) {
              const read = cellOf(values[column] ?? null, errorResults.get(`${row.number}:${column}`));
              if (read.formula) formulas++;
              cells.push(read.cell);
            }
            yield { rowNumber: row.number, cells };
          }
          break;
        }
      } catch (error) {
        issues.push(unreadable(file, error instanceof Error ? error.message : String(error)));
      }
      if (formulas > 0) notices.push(formulaNotice(formulas));
    },
  };
  return { sheet };
}
