import { calendarDayIn, type SpecifiedUploadKind } from '@koers/indicators';
import { CheckStop, fileIssue, notice, orderIssues } from './file-issue';
import { DEFAULT_FILE_LIMITS, FileLimits } from './file-limits';
import { KIND_FORMATS } from './municipal-formats';
import { openMunicipalFile } from './municipal-file.parser';
import { FileIssue, FileNotice, ValidRow } from './municipal.types';
import { RegionRef, validateSheet } from './sheet-validation.schema';

/** Which region codes of the file exist (in the `region` table, in practice). */
export type RegionLookup = (codes: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * Codes the region table does not know are issues, with one exception: the configured municipality is accepted
 * on a fresh database and registered by the load (the CBS source later gives it its official name).
 */
export function regionIssues(refs: readonly RegionRef[], known: ReadonlySet<string>, municipality: string, file: string): FileIssue[] {
  return refs
    .filter((ref) => !known.has(ref.code) && ref.code !== municipality)
    .map((ref) =>
      fileIssue(
        'UNKNOWN_REGION',
        { file, row: ref.row, column: ref.column, value: ref.code },
        `${ref.code} staat niet in de gebiedsindeling van Koers (tabel region, gevuld door de CBS-bron); controleer de code.`,
        `${ref.code} is not in Koers's region list (table region, filled by the CBS source); check the code.`,
      ),
    );
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
  /** Data rows in the file (valid or not), as far as it was read. */
  readonly rowsRead: number;
  /** Of which checked: fewer when the check stopped at MAX_LISTED_ISSUES issues. */
  readonly rowsChecked: number;
  /** The issue list was cut: the check stopped early or found more issues than are listed. */
  readonly issuesTruncated: boolean;
  readonly demo: boolean;
  readonly columns: string[];
  /** The configured municipality is used by the file but not yet in the region table. */
  readonly registerMunicipality: boolean;
}

function demoNotice(): FileNotice {
  return notice(
    'DEMO_DATA',
    'Dit bestand is VOORBEELDDATA: de cijfers zijn illustratief en worden overal als voorbeelddata getoond.',
    'This file is VOORBEELDDATA: the figures are illustrative and are labelled as such everywhere.',
  );
}

function noHeader(file: string): FileIssue {
  return fileIssue(
    'NO_HEADER',
    { file, row: null, column: null, value: null },
    'Het bestand heeft geen kopregel.',
    'The file has no header row.',
  );
}

function rejectedWhole(issues: FileIssue[], notices: FileNotice[]): Inspection {
  return {
    issues,
    notices,
    rows: [],
    rowsRead: 0,
    rowsChecked: 0,
    issuesTruncated: false,
    demo: false,
    columns: [],
    registerMunicipality: false,
  };
}

/**
 * Reads and validates a file as it is read, asking `lookup` which of its region codes exist. Stops checking at
 * MAX_LISTED_ISSUES issues and refuses a file of more than `limits.maxRows` rows.
 */
export async function inspectMunicipalFile(
  kind: SpecifiedUploadKind,
  file: string,
  bytes: Uint8Array,
  options: Partial<InspectOptions> & Pick<InspectOptions, 'now'>,
  lookup: RegionLookup,
): Promise<Inspection> {
  const { timeZone = 'Europe/Amsterdam', limits = DEFAULT_FILE_LIMITS, municipality = 'GM0106' } = options;
  const format = KIND_FORMATS[kind];
  const order = format.columns.map((spec) => spec.name);
  const opened = await openMunicipalFile(file, bytes, limits);
  if (!opened.sheet) return rejectedWhole([opened.issue], []);
  const { sheet } = opened;
  const validation = await validateSheet(format, sheet, file, calendarDayIn(options.now, timeZone), limits);
  if (!validation) return rejectedWhole(orderIssues([...sheet.issues, noHeader(file)], order, file), sheet.notices);
  const codes = [...new Set(validation.regionRefs.map((ref) => ref.code))];
  const known = codes.length > 0 ? await lookup(codes) : new Set<string>();
  const stop: CheckStop | null = validation.stoppedEarly ? { rowsChecked: validation.rowsChecked, rowsRead: validation.rowsRead } : null;
  const issues = orderIssues([...validation.issues, ...regionIssues(validation.regionRefs, known, municipality, file)], order, file, stop);
  return {
    issues,
    notices: [...sheet.notices, ...(validation.demo ? [demoNotice()] : [])],
    rows: validation.rows,
    rowsRead: validation.rowsRead,
    rowsChecked: validation.rowsChecked,
    issuesTruncated: issues.some((issue) => issue.code === 'TOO_MANY_ISSUES'),
    demo: validation.demo,
    columns: validation.columns,
    registerMunicipality: codes.includes(municipality) && !known.has(municipality),
  };
}
