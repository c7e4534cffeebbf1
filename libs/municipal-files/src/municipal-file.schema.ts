import { calendarDayIn } from '@koers/indicators';
import { demoRows, duplicateKeys, rowConsistency, sectionsWithinTotal } from './consistency.schema';
import { fileIssue, notice, orderIssues } from './file-issue';
import { checkHeader } from './header.schema';
import { KIND_FORMATS, KindFormat } from './municipal-formats';
import { DEFAULT_FILE_LIMITS, FileLimits, parseMunicipalFile } from './municipal-file.parser';
import { FileIssue, FileNotice, MunicipalKind, RawTable, ValidRow } from './municipal.types';
import { RowRead, readRow } from './row.schema';

export interface RegionRef {
  readonly row: number;
  readonly column: 'gemeentecode' | 'gebiedscode';
  readonly code: string;
}

export interface TableValidation {
  readonly rows: ValidRow[];
  readonly issues: FileIssue[];
  readonly regionRefs: RegionRef[];
  readonly demo: boolean;
  /** The columns of the format that the file has, in format order. */
  readonly columns: string[];
}

function validRow(row: RowRead): ValidRow | null {
  if (row.issues.length > 0 || row.period === null || row.municipality === null || row.selection === null || row.bron === null) return null;
  return { rowNumber: row.rowNumber, period: row.period, municipality: row.municipality, area: row.area, selection: row.selection, figures: row.figures, bron: row.bron };
}

function regionRefsOf(rows: readonly RowRead[]): RegionRef[] {
  return rows.flatMap((row) => [
    ...(row.municipality ? [{ row: row.rowNumber, column: 'gemeentecode' as const, code: row.municipality }] : []),
    ...(row.area ? [{ row: row.rowNumber, column: 'gebiedscode' as const, code: row.area }] : []),
  ]);
}

/** Header, every row, then the rules across rows. Pure: `today` is given. */
export function validateTable(format: KindFormat, table: RawTable, file: string, today: string): TableValidation {
  const header = checkHeader(format, table, file);
  const ctx = { file, format, columns: header.columns, headerWidth: table.header.length, today };
  const read = table.rows.map((row) => readRow(row, ctx));
  const demo = demoRows(read, file);
  const issues = [
    ...header.issues,
    ...(table.rows.length === 0 ? [fileIssue('NO_ROWS', { file, row: null, column: null, value: null }, 'Het bestand heeft een kopregel maar geen gegevens.', 'The file has a header but no data rows.')] : []),
    ...read.flatMap((row) => [...row.issues, ...rowConsistency(format.kind, row, file)]),
    ...duplicateKeys(format, read, file),
    ...sectionsWithinTotal(format, read, file),
    ...demo.issues,
  ];
  const rows = read.map(validRow).filter((row): row is ValidRow => row !== null);
  const columns = format.columns.map((spec) => spec.name).filter((name) => header.columns.has(name));
  return { rows, issues, regionRefs: regionRefsOf(read), demo: demo.demo, columns };
}

/** Which region codes of the file exist (in the `region` table, in practice). */
export type RegionLookup = (codes: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * Codes the region table does not know are issues, with one exception: the configured municipality is accepted
 * on a fresh database and registered by the load (the CBS source later gives it its official name).
 */
export function regionIssues(refs: readonly RegionRef[], known: ReadonlySet<string>, municipality: string, file: string): FileIssue[] {
  return refs
    .filter((ref) => !known.has(ref.code) && ref.code !== municipality)
    .map((ref) => fileIssue('UNKNOWN_REGION', { file, row: ref.row, column: ref.column, value: ref.code },
      `${ref.code} staat niet in de gebiedsindeling van Koers (tabel region, gevuld door de CBS-bron); controleer de code.`,
      `${ref.code} is not in Koers's region list (table region, filled by the CBS source); check the code.`));
}

export interface InspectOptions {
  readonly now: Date;
  readonly timeZone: string;
  readonly limits: FileLimits;
  /** The municipality Koers monitors (KOERS_MUNICIPALITY). */
  readonly municipality: string;
}

/** Everything known about a file before loading it: its issues, or its valid rows. */
export interface Inspection {
  readonly issues: FileIssue[];
  readonly notices: FileNotice[];
  readonly rows: ValidRow[];
  /** Data rows in the file (valid or not). */
  readonly rowsRead: number;
  readonly demo: boolean;
  readonly columns: string[];
  /** The configured municipality is used by the file but not yet in the region table. */
  readonly registerMunicipality: boolean;
}

function demoNotice(): FileNotice {
  return notice('DEMO_DATA',
    'Dit bestand is VOORBEELDDATA: de cijfers zijn illustratief en worden overal als voorbeelddata getoond.',
    'This file is VOORBEELDDATA: the figures are illustrative and are labelled as such everywhere.');
}

/** Reads and validates a file completely, asking `lookup` which of its region codes exist. */
export async function inspectMunicipalFile(kind: MunicipalKind, file: string, bytes: Uint8Array, options: Partial<InspectOptions> & Pick<InspectOptions, 'now'>, lookup: RegionLookup): Promise<Inspection> {
  const { timeZone = 'Europe/Amsterdam', limits = DEFAULT_FILE_LIMITS, municipality = 'GM0106' } = options;
  const format = KIND_FORMATS[kind];
  const order = format.columns.map((spec) => spec.name);
  const parsed = await parseMunicipalFile(file, bytes, limits);
  if (!parsed.table) {
    const issues = parsed.issues.length > 0 ? parsed.issues : [fileIssue('NO_HEADER', { file, row: null, column: null, value: null }, 'Het bestand heeft geen kopregel.', 'The file has no header row.')];
    return { issues: orderIssues(issues, order, file), notices: parsed.notices, rows: [], rowsRead: 0, demo: false, columns: [], registerMunicipality: false };
  }
  const validation = validateTable(format, parsed.table, file, calendarDayIn(options.now, timeZone));
  const codes = [...new Set(validation.regionRefs.map((ref) => ref.code))];
  const known = codes.length > 0 ? await lookup(codes) : new Set<string>();
  const issues = [...parsed.issues, ...validation.issues, ...regionIssues(validation.regionRefs, known, municipality, file)];
  return {
    issues: orderIssues(issues, order, file),
    notices: [...parsed.notices, ...(validation.demo ? [demoNotice()] : [])],
    rows: validation.rows,
    rowsRead: parsed.table.rows.length,
    demo: validation.demo,
    columns: validation.columns,
    registerMunicipality: codes.includes(municipality) && !known.has(municipality),
  };
}
