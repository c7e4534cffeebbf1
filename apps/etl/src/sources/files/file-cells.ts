import type { DimensionSpec, FileManifest, IgnoredColumn, MeasureSpec } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';

/** Text at a place in the file: the row is a line number (or a JSON record's key), the column its header. */
export interface Located {
  readonly text: string;
  readonly row: number | string;
  readonly column: string;
}

/**
 * One value of a file with everything that says what it is, still as written: whatever the layout, a parser
 * turns the file into these, and the mapper turns them into observations.
 */
export interface FileCell {
  readonly measure: MeasureSpec;
  readonly row: number | string;
  readonly column: string;
  /** The cell as written (a JSON number stays a number; JSON null stays null). */
  readonly raw: string | number | null;
  readonly region: Located;
  /** The name the file gives the region beside its code, if any. */
  readonly regionName: string | null;
  /** Null when the manifest fixes the period. */
  readonly period: Located | null;
  readonly dimensions: readonly { readonly spec: DimensionSpec; readonly label: Located }[];
}

/** What a parser hands the mapper. */
export interface FileCells {
  readonly cells: readonly FileCell[];
  /** Region labels whose rows were left out (`regions.skip`, or not in `regions.include`). */
  readonly skippedRegions: ReadonlySet<string>;
  readonly problems: readonly FileProblem[];
}

/** True when the manifest lists `name` as ignored, by exact name or `/regex/`. */
export function isIgnored(name: string, ignored: readonly IgnoredColumn[]): boolean {
  return ignored.some(({ match }) =>
    match.length > 2 && match.startsWith('/') && match.endsWith('/') ? new RegExp(match.slice(1, -1), 'u').test(name) : match === name,
  );
}

/** Decides, per region label, whether its rows load; remembers the labels it left out. */
export class RegionFilter {
  readonly skipped = new Set<string>();
  private readonly skip: ReadonlySet<string>;
  private readonly include: ReadonlySet<string> | null;

  constructor(manifest: FileManifest) {
    this.skip = new Set(manifest.regions.skip.map((entry) => entry.label));
    this.include = manifest.regions.include === null ? null : new Set(manifest.regions.include);
  }

  loads(label: string): boolean {
    const trimmed = label.trim();
    if (this.skip.has(trimmed) || (this.include !== null && !this.include.has(trimmed))) {
      this.skipped.add(trimmed);
      return false;
    }
    return true;
  }
}

/** The columns a manifest names, other than its measure columns (region, name, period, dimension columns). */
export function declaredColumns(manifest: FileManifest): string[] {
  const period = manifest.period;
  const columns = [
    manifest.regions.column,
    manifest.regions.nameColumn,
    period.from === 'column' || period.from === 'date-column' ? period.column : null,
    ...manifest.measures.map((measure) => measure.periodColumn),
    ...manifest.dimensions.map((dimension) => dimension.column),
  ];
  return [...new Set(columns.filter((column): column is string => column !== null))];
}

/**
 * Every header is accounted for (declared, a measure, or ignored) and every declared column is there; a
 * duplicate header is a problem too. So a renamed column is caught from both sides.
 */
export function accountForColumns(
  header: readonly string[],
  manifest: FileManifest,
  file: string,
  row: number | string,
  extra: readonly string[] = [],
): FileProblem[] {
  const problems: FileProblem[] = [];
  const declared = [...declaredColumns(manifest), ...manifest.measures.flatMap((m) => (m.column === null ? [] : [m.column])), ...extra];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ file, row, column: name, value: name, message: 'the header names this column twice' });
    seen.add(name);
    if (!declared.includes(name) && !isIgnored(name, manifest.ignoredColumns)) {
      problems.push({
        file,
        row,
        column: name,
        value: name,
        message: 'the manifest does not account for this column: load it as a measure or list it under ignoredColumns',
      });
    }
  }
  for (const name of declared) {
    if (!seen.has(name))
      problems.push({ file, row, column: name, value: null, message: 'the manifest names this column, the file does not have it' });
  }
  return problems;
}
