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

/** More issues than this are summarised in one last issue: past this point a file is wrong throughout. */
export const MAX_LISTED_ISSUES = 10_000;

/**
 * Issues in reading order: file and header problems first, then by row, then by the column's place in the format.
 * Past `MAX_LISTED_ISSUES` the rest is counted in one closing issue.
 */
export function orderIssues(issues: readonly FileIssue[], columnOrder: readonly string[], file: string): FileIssue[] {
  const rank = (column: string | null) => (column === null ? -1 : columnOrder.indexOf(column) === -1 ? columnOrder.length : columnOrder.indexOf(column));
  const sorted = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => (a.issue.row ?? 0) - (b.issue.row ?? 0) || rank(a.issue.column) - rank(b.issue.column) || a.index - b.index)
    .map(({ issue }) => issue);
  if (sorted.length <= MAX_LISTED_ISSUES) return sorted;
  const more = sorted.length - MAX_LISTED_ISSUES;
  return [
    ...sorted.slice(0, MAX_LISTED_ISSUES),
    fileIssue('TOO_MANY_ISSUES', { file, row: null, column: null, value: String(sorted.length) },
      `Nog ${more} problemen niet getoond (${sorted.length} in totaal); het bestand lijkt overal hetzelfde probleem te hebben.`,
      `${more} more issues not listed (${sorted.length} in all); the file seems to have the same problem throughout.`),
  ];
}
