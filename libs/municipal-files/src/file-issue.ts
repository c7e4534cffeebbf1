import { FileIssue, FileNotice, IssueCode, NoticeCode, RawCell } from './municipal.types';

/** Where an issue is: the file, the spreadsheet row (null = whole file or header), the column and the value. */
export interface IssueAt {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | null;
}

export function fileIssue(code: IssueCode, at: IssueAt, message: string, messageEn: string): FileIssue {
  return { code, file: at.file, row: at.row, column: at.column, value: at.value, message, message_en: messageEn };
}

export function notice(code: NoticeCode, message: string, messageEn: string): FileNotice {
  return { code, message, message_en: messageEn };
}

/** A cell as text for an issue: what the person sees in the cell. */
export function cellText(cell: RawCell): string | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return cell ? 'WAAR' : 'ONWAAR';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'ongeldige datum' : cell.toISOString().slice(0, 10);
  return cell.broken === 'formula-without-result' ? `=${cell.text}` : cell.text;
}

/**
 * A check stops collecting at this many issues: past this point a file is wrong throughout, and a longer list
 * helps nobody while it costs memory and time (the answer says the list was cut and how far the check got).
 */
export const MAX_LISTED_ISSUES = 1_000;

/** How far a check got when it stopped at {@link MAX_LISTED_ISSUES}: data rows checked of those in the file. */
export interface CheckStop {
  readonly rowsChecked: number;
  readonly rowsRead: number;
}

function closingIssue(file: string, found: number, stop: CheckStop | null): FileIssue {
  const at = { file, row: null, column: null, value: String(found) };
  if (stop) {
    const [nl, en] = [(n: number) => n.toLocaleString('nl-NL'), (n: number) => n.toLocaleString('en-GB')];
    return fileIssue(
      'TOO_MANY_ISSUES',
      at,
      `De controle is gestopt bij ${nl(MAX_LISTED_ISSUES)} problemen, na ${nl(stop.rowsChecked)} van de ${nl(stop.rowsRead)} rijen; alleen die staan hier. Verbeter ze en controleer het bestand opnieuw.`,
      `The check stopped at ${en(MAX_LISTED_ISSUES)} issues, after ${en(stop.rowsChecked)} of ${en(stop.rowsRead)} rows; only those are listed. Fix them and check the file again.`,
    );
  }
  const more = found - MAX_LISTED_ISSUES;
  return fileIssue(
    'TOO_MANY_ISSUES',
    at,
    `Nog ${more} problemen niet getoond (${found} in totaal); het bestand lijkt overal hetzelfde probleem te hebben.`,
    `${more} more issues not listed (${found} in all); the file seems to have the same problem throughout.`,
  );
}

/**
 * Issues in reading order: file and header problems first, then by row, then by the column's place in the format.
 * Past `MAX_LISTED_ISSUES`, or when the check stopped early (`stop`), one closing issue says so.
 */
export function orderIssues(
  issues: readonly FileIssue[],
  columnOrder: readonly string[],
  file: string,
  stop: CheckStop | null = null,
): FileIssue[] {
  const rank = (column: string | null) =>
    column === null ? -1 : columnOrder.indexOf(column) === -1 ? columnOrder.length : columnOrder.indexOf(column);
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || rank(a.issue.column) - rank(b.issue.column) || a.index - b.index)
    .map(({ issue }) => issue);
  if (sorted.length <= MAX_LISTED_ISSUES && !stop) return sorted;
  return [...sorted.slice(0, MAX_LISTED_ISSUES), closingIssue(file, sorted.length, stop)];
}
