import type { CsvRecord } from './csv-records.parser';
import { type FileCell, type FileCells, type Located, RegionFilter, accountForColumns } from './file-cells';
import type { FileManifest } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';

/** Reads one record of named fields (a CSV row, a JSON record) into cells: one per loaded measure column. */
export class RecordReader {
  private readonly filter: RegionFilter;

  constructor(private readonly manifest: FileManifest) {
    this.filter = new RegionFilter(manifest);
  }

  get skippedRegions(): ReadonlySet<string> {
    return this.filter.skipped;
  }

  /** `region` is the record's region label when the record itself has no region field (a JSON record's key). */
  read(row: number | string, field: (column: string) => string | number | null, region: Located | null, into: FileCell[]): void {
    const text = (column: string | null): Located | null => {
      if (column === null) return null;
      const value = field(column);
      return { text: value === null ? '' : String(value), row, column };
    };
    const regionAt = region ?? text(this.manifest.regions.column)!;
    if (!this.filter.loads(regionAt.text)) return;
    const nameAt = text(this.manifest.regions.nameColumn);
    const period = this.manifest.period;
    const periodAt = period.from === 'column' || period.from === 'date-column' ? text(period.column) : null;
    const dimensions = this.manifest.dimensions.map((spec) => ({ spec, label: text(spec.column)! }));
    for (const measure of this.manifest.measures) {
      into.push({
        measure,
        row,
        column: measure.column!,
        raw: field(measure.column!),
        region: regionAt,
        regionName: nameAt === null ? null : nameAt.text.trim(),
        period: measure.periodColumn === null ? periodAt : text(measure.periodColumn),
        dimensions,
      });
    }
  }
}

/** A long CSV file: one row per region × period (× dimension codes), one column per measure. */
export function readLongLayout(header: CsvRecord, rows: readonly CsvRecord[], manifest: FileManifest, file: string): FileCells {
  const problems: FileProblem[] = accountForColumns(header.cells, manifest, file, header.line);
  if (problems.length > 0) return { cells: [], skippedRegions: new Set(), problems };
  const index = new Map(header.cells.map((name, at) => [name, at]));
  const reader = new RecordReader(manifest);
  const cells: FileCell[] = [];
  for (const row of rows) reader.read(row.line, (column) => row.cells[index.get(column)!] ?? '', null, cells);
  return { cells, skippedRegions: reader.skippedRegions, problems };
}
