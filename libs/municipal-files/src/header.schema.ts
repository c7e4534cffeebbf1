import { cellText, fileIssue } from './file-issue';
import { KindFormat } from './municipal-formats';
import { FileIssue, RawRow } from './municipal.types';

/** Edit distance (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/²/g, '2')
    .replace(/[\s-]+/g, '_');
}

/**
 * The column a mistyped name was most likely meant to be: one name extending the other (`m2_leegstand` →
 * `m2_leeg`) or a few typing errors apart (`peil_datum` → `peildatum`). Undefined when nothing is close.
 */
export function suggestColumn(name: string, candidates: readonly string[]): string | undefined {
  const typed = normalise(name);
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const extends_ = Math.min(typed.length, candidate.length) >= 4 && (typed.startsWith(candidate) || candidate.startsWith(typed));
    const distance = levenshtein(typed, candidate);
    const close = distance <= Math.max(2, Math.floor(candidate.length / 4));
    if (!extends_ && !close) continue;
    const score = extends_ ? Math.min(distance, 0.5) : distance;
    if (!best || score < best.score) best = { candidate, score };
  }
  return best?.candidate;
}

export interface HeaderCheck {
  /** Known column → its index in the rows. */
  readonly columns: ReadonlyMap<string, number>;
  readonly issues: FileIssue[];
  /** Columns without a name: an issue only if a row has a value there, which is known once the rows are read. */
  readonly unnamed: readonly number[];
  /** The header's names as written (trimmed, lower case), for recognising another kind's file. */
  readonly names: readonly string[];
}

/** Header names are matched trimmed and case-insensitively; every other difference is an issue with a suggestion. */
export function checkHeader(format: KindFormat, header: RawRow, file: string): HeaderCheck {
  const known = format.columns.map((spec) => spec.name);
  const columns = new Map<string, number>();
  const issues: FileIssue[] = [];
  const unnamed: number[] = [];
  const suggested = new Map<string, string>();
  const at = (column: string | null, value: string | null) => ({ file, row: header.rowNumber, column, value });
  const names = header.cells.map((cell) => (cellText(cell) ?? '').trim().toLowerCase());
  header.cells.forEach((cell, index) => {
    const raw = cellText(cell) ?? '';
    const name = names[index]!;
    if (name === '') {
      unnamed.push(index);
    } else if (columns.has(name)) {
      issues.push(
        fileIssue(
          'DUPLICATE_COLUMN',
          at(name, raw),
          `De kolom "${name}" staat twee keer in de kopregel.`,
          `The column "${name}" appears twice in the header.`,
        ),
      );
    } else if (known.includes(name)) {
      columns.set(name, index);
    } else {
      const suggestion = suggestColumn(name, known);
      if (suggestion) suggested.set(suggestion, raw);
      const hint = suggestion ? { nl: ` Bedoelt u "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` } : { nl: '', en: '' };
      issues.push(
        fileIssue(
          'UNKNOWN_COLUMN',
          at(raw, raw),
          `Onbekende kolom "${raw}".${hint.nl} Toegestaan: ${known.join(', ')}.`,
          `Unknown column "${raw}".${hint.en} Allowed: ${known.join(', ')}.`,
        ),
      );
    }
  });
  for (const spec of format.columns) {
    if (!spec.required || columns.has(spec.name)) continue;
    const near = suggested.get(spec.name);
    const hint = near ? { nl: ` (de kolom "${near}" lijkt erop)`, en: ` (the column "${near}" looks like it)` } : { nl: '', en: '' };
    issues.push(
      fileIssue(
        'MISSING_COLUMN',
        at(spec.name, null),
        `De verplichte kolom "${spec.name}" ontbreekt${hint.nl}.`,
        `The required column "${spec.name}" is missing${hint.en}.`,
      ),
    );
  }
  return { columns, issues, unnamed, names: names.filter((name) => name !== '') };
}

/** Unnamed columns that hold a value in some row. */
export function unnamedColumnIssues(filled: Iterable<number>, headerRow: number, file: string): FileIssue[] {
  return [...filled]
    .sort((a, b) => a - b)
    .map((index) =>
      fileIssue(
        'UNNAMED_COLUMN',
        { file, row: headerRow, column: null, value: null },
        `Kolom ${index + 1} heeft waarden maar geen naam in de kopregel.`,
        `Column ${index + 1} has values but no name in the header.`,
      ),
    );
}
