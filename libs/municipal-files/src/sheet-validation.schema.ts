import { demoRows, duplicateKeys, rowConsistency, sectionsWithinTotal } from './consistency.schema';
import { MAX_LISTED_ISSUES, cellText, fileIssue } from './file-issue';
import { FileLimits, tooManyRowsIssue } from './file-limits';
import { HeaderCheck, checkHeader, unnamedColumnIssues } from './header.schema';
import { kindFittingHeader, wrongKindIssue } from './kind-guess.schema';
import { KindFormat } from './municipal-formats';
import { FileIssue, RawRow, SheetReader, ValidRow } from './municipal.types';
import { RowContext, RowRead, readRow } from './row.schema';

export interface RegionRef {
  readonly row: number;
  readonly column: 'gemeentecode' | 'gebiedscode';
  readonly code: string;
}

export interface SheetValidation {
  readonly rows: ValidRow[];
  /** Unordered; {@link orderIssues} sorts and cuts them. */
  readonly issues: FileIssue[];
  readonly regionRefs: RegionRef[];
  readonly demo: boolean;
  /** The columns of the format that the file has, in format order. */
  readonly columns: string[];
  /** Data rows in the file (blank rows not counted), as far as it was read. */
  readonly rowsRead: number;
  /** Of which checked: fewer when the check stopped at {@link MAX_LISTED_ISSUES}. */
  readonly rowsChecked: number;
  readonly stoppedEarly: boolean;
}

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));
}

function validRow(row: RowRead): ValidRow | null {
  if (row.issues.length > 0 || row.period === null || row.municipality === null || row.selection === null || row.bron === null) return null;
  return {
    rowNumber: row.rowNumber,
    period: row.period,
    municipality: row.municipality,
    area: row.area,
    selection: row.selection,
    figures: row.figures,
    bron: row.bron,
  };
}

function regionRefsOf(rows: readonly RowRead[]): RegionRef[] {
  return rows.flatMap((row) => [
    ...(row.municipality ? [{ row: row.rowNumber, column: 'gemeentecode' as const, code: row.municipality }] : []),
    ...(row.area ? [{ row: row.rowNumber, column: 'gebiedscode' as const, code: row.area }] : []),
  ]);
}

const NOTHING = { rows: [], regionRefs: [], demo: false, columns: [], rowsRead: 0, rowsChecked: 0, stoppedEarly: false };

/** Only the header's own issues (and, for another kind's header, which kind it fits): the rows are not read. */
function headerOnly(format: KindFormat, header: HeaderCheck, headerRow: number, file: string): SheetValidation | null {
  if (header.issues.length === 0) return null;
  const other = kindFittingHeader(format.kind, header.names);
  return other === null ? null : { ...NOTHING, issues: [wrongKindIssue(format.kind, other, file, headerRow), ...header.issues] };
}

/** Reads rows one at a time: checked until enough issues are found, counted until the end or the row limit. */
async function readRows(records: AsyncIterator<RawRow>, header: HeaderCheck, ctx: RowContext, limits: Pick<FileLimits, 'maxRows'>) {
  const read: RowRead[] = [];
  const filledUnnamed = new Set<number>();
  let rowsRead = 0;
  let issues = header.issues.length;
  let tooMany = false;
  for (let next = await records.next(); !next.done; next = await records.next()) {
    const row = next.value;
    if (isBlankRow(row)) continue;
    if (++rowsRead > limits.maxRows) {
      tooMany = true;
      break;
    }
    if (issues >= MAX_LISTED_ISSUES) continue;
    for (const index of header.unnamed) if ((cellText(row.cells[index] ?? null) ?? '').trim() !== '') filledUnnamed.add(index);
    const row_ = readRow(row, ctx);
    const withRules = { ...row_, issues: [...row_.issues, ...rowConsistency(ctx.format.kind, row_, ctx.file)] };
    issues += withRules.issues.length;
    read.push(withRules);
  }
  return { read, filledUnnamed, rowsRead, tooMany };
}

/** The first non-blank record: the header. */
async function headerOf(records: AsyncIterator<RawRow>): Promise<RawRow | undefined> {
  for (let next = await records.next(); !next.done; next = await records.next()) if (!isBlankRow(next.value)) return next.value;
  return undefined;
}

/**
 * Header, then every row as it is read, then the rules across rows. Stops checking at {@link MAX_LISTED_ISSUES}
 * issues and reading at `maxRows` rows (a longer file is refused whole). Pure apart from reading: `today` is given.
 */
export async function validateSheet(
  format: KindFormat,
  sheet: SheetReader,
  file: string,
  today: string,
  limits: Pick<FileLimits, 'maxRows'>,
): Promise<SheetValidation | null> {
  const records = sheet.records()[Symbol.asyncIterator]();
  try {
    return await validateRecords(format, sheet, records, { file, today, limits });
  } finally {
    // Ends the reader where the check stopped (an XLSX reader holds a parser).
    await records.return?.();
  }
}

async function validateRecords(
  format: KindFormat,
  sheet: SheetReader,
  records: AsyncIterator<RawRow>,
  how: { file: string; today: string; limits: Pick<FileLimits, 'maxRows'> },
): Promise<SheetValidation | null> {
  const { file, today, limits } = how;
  const headerRow = await headerOf(records);
  if (!headerRow) return null;
  const header = checkHeader(format, headerRow, file);
  const wrongKind = headerOnly(format, header, headerRow.rowNumber, file);
  if (wrongKind) return wrongKind;
  const ctx: RowContext = { file, format, columns: header.columns, headerWidth: headerRow.cells.length, today };
  const { read, filledUnnamed, rowsRead, tooMany } = await readRows(records, header, ctx, limits);
  if (tooMany) return { ...NOTHING, issues: [tooManyRowsIssue(file, { maxRows: limits.maxRows })], rowsRead };
  const demo = demoRows(read, file);
  const issues = [
    ...header.issues,
    ...unnamedColumnIssues(filledUnnamed, headerRow.rowNumber, file),
    ...sheet.issues,
    ...(rowsRead === 0
      ? [
          fileIssue(
            'NO_ROWS',
            { file, row: null, column: null, value: null },
            'Het bestand heeft een kopregel maar geen gegevens.',
            'The file has a header but no data rows.',
          ),
        ]
      : []),
    ...read.flatMap((row) => row.issues),
    ...duplicateKeys(format, read, file),
    ...sectionsWithinTotal(format, read, file),
    ...demo.issues,
  ];
  const rows = read.map(validRow).filter((row): row is ValidRow => row !== null);
  const columns = format.columns.map((spec) => spec.name).filter((name) => header.columns.has(name));
  return {
    rows,
    issues,
    regionRefs: regionRefsOf(read),
    demo: demo.demo,
    columns,
    rowsRead,
    rowsChecked: read.length,
    stoppedEarly: read.length < rowsRead,
  };
}
