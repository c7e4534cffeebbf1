import { CellValue, Workbook } from 'exceljs';
import { ParsedSheet, recordsToTable } from './csv.parser';
import { fileIssue, notice } from './file-issue';
import { FileNotice, RawCell, RawRow } from './municipal.types';

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
  if (typeof result === 'object' && !(result instanceof Date)) return { cell: { broken: 'error-value', text: result.error }, formula: true };
  return { cell: result, formula: true };
}

function formulaNotice(count: number): FileNotice {
  return notice('FORMULA_RESULTS_USED',
    `${count} cel(len) met een formule: de in het bestand opgeslagen uitkomst is gebruikt (formules worden nooit uitgerekend).`,
    `${count} cell(s) with a formula: the result stored in the file was used (formulas are never evaluated).`);
}

/** The first sheet of an XLSX (already checked by `inspectXlsxArchive`) as a header and rows. */
export async function parseXlsx(bytes: Uint8Array, file: string): Promise<ParsedSheet> {
  const at = { file, row: null, column: null, value: null };
  const workbook = new Workbook();
  try {
    // A copy as a plain ArrayBuffer: what exceljs declares it takes (JSZip reads it as is).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { table: null, notices: [], issues: [fileIssue('XLSX_UNREADABLE', { ...at, value: detail },
      'Het Excel-bestand is niet te lezen. Sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV UTF-8.',
      'The Excel file cannot be read. Save it again as an Excel workbook (.xlsx) or as CSV UTF-8.')] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    return { table: null, notices: [], issues: [fileIssue('XLSX_NO_SHEET', at, 'Het Excel-bestand heeft geen werkblad.', 'The Excel file has no worksheet.')] };
  }
  let formulas = 0;
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, (value: CellValue) => {
      const read = readCell(value);
      if (read.formula) formulas++;
      return read.cell;
    });
    rows.push({ rowNumber, cells });
  });
  return { table: recordsToTable(rows, 'xlsx'), issues: [], notices: formulas > 0 ? [formulaNotice(formulas)] : [] };
}
