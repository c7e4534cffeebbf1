export type FileSourceErrorCode =
  'MANIFEST_INVALID' | 'FILE_NOT_FOUND' | 'FILE_TOO_LARGE' | 'SHA256_MISMATCH' | 'FILE_PROBLEMS' | 'TABLE_NOT_FOUND';

/**
 * One thing wrong with a file, where it is: the row is the file's line (1 = the first line) or, for JSON records,
 * the record's key; the column is the header (or, in a transposed file, the column's number and labels).
 */
export interface FileProblem {
  readonly file: string;
  readonly row: number | string | null;
  readonly column: string | null;
  readonly value: string | null;
  readonly message: string;
}

/** `file.csv, row 12, column "Nieuwbouw", value "n.b.": not a number or CBS symbol`. */
export function formatProblem(problem: FileProblem): string {
  const parts = [problem.file];
  if (problem.row !== null) parts.push(typeof problem.row === 'number' ? `row ${problem.row}` : `record "${problem.row}"`);
  if (problem.column !== null) parts.push(`column ${JSON.stringify(problem.column)}`);
  if (problem.value !== null) parts.push(`value ${JSON.stringify(problem.value)}`);
  return `${parts.join(', ')}: ${problem.message}`;
}

/** How many problems an error message lists; all of them go to the run's rejected rows. */
const LISTED = 20;

/** A file that cannot be loaded. The table's transaction is rolled back; its previous data stays. */
export class FileSourceError extends Error {
  override readonly name = 'FileSourceError';

  constructor(
    readonly code: FileSourceErrorCode,
    message: string,
    readonly problems: readonly FileProblem[] = [],
  ) {
    super(message);
  }

  static ofProblems(file: string, problems: readonly FileProblem[]): FileSourceError {
    const listed = problems.slice(0, LISTED).map((problem) => `  - ${formatProblem(problem)}`);
    const more = problems.length > LISTED ? [`  … and ${problems.length - LISTED} more`] : [];
    const message = [`${file}: ${problems.length} problem(s); nothing of it was loaded:`, ...listed, ...more].join('\n');
    return new FileSourceError('FILE_PROBLEMS', message, problems);
  }
}
