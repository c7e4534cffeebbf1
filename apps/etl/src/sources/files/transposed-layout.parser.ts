import type { CsvRecord } from './csv-records.parser';
import { type FileCell, type FileCells, type Located, RegionFilter } from './file-cells';
import type { FileManifest } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';
import { topicMeasure } from './wide-layout.parser';

/** The header rows a transposed file starts with, each named by its first cell. */
export function transposedHeaderRows(manifest: FileManifest): string[] {
  const layout = manifest.format.type === 'csv' && manifest.format.layout.kind === 'transposed' ? manifest.format.layout : null;
  const period = manifest.period.from === 'column' ? manifest.period.column : '';
  return [manifest.regions.column ?? '', period, ...(layout?.unitRow ? [layout.labelColumn] : [])];
}

interface DataColumn {
  readonly at: number;
  readonly name: string;
  readonly region: Located;
  readonly period: Located;
  readonly unit: string | null;
}

function headerProblems(header: readonly CsvRecord[], expected: readonly string[], file: string): FileProblem[] {
  return expected.flatMap((name, index) => {
    const found = header[index]?.cells[0]?.trim() ?? null;
    if (found === name) return [];
    return [
      {
        file,
        row: header[index]?.line ?? index + 1,
        column: 'column 1',
        value: found,
        message: `header row ${index + 1} must start with ${JSON.stringify(name)}`,
      },
    ];
  });
}

/** The value columns whose region loads, with their region, period and unit labels (read once per column). */
function dataColumns(header: readonly CsvRecord[], filter: RegionFilter): DataColumn[] {
  const [regions, periods, units] = header;
  const columns: DataColumn[] = [];
  for (let at = 1; at < regions!.cells.length; at++) {
    const regionText = regions!.cells[at] ?? '';
    if (!filter.loads(regionText)) continue;
    const periodText = periods!.cells[at] ?? '';
    const name = `column ${at + 1} (${regionText.trim()}, ${periodText.trim()})`;
    columns.push({
      at,
      name,
      region: { text: regionText, row: regions!.line, column: name },
      period: { text: periodText, row: periods!.line, column: name },
      unit: units ? (units.cells[at] ?? '').trim() : null,
    });
  }
  return columns;
}

/**
 * A transposed StatLine export: regions and periods are header rows over the columns, and each row is a topic or
 * a dimension's label (81575ned: SBI groups). Columns of regions the manifest leaves out are never read.
 */
export function readTransposedLayout(
  header: readonly CsvRecord[],
  rows: readonly CsvRecord[],
  manifest: FileManifest,
  file: string,
): FileCells {
  const layout = manifest.format.type === 'csv' && manifest.format.layout.kind === 'transposed' ? manifest.format.layout : null;
  const problems = headerProblems(header, transposedHeaderRows(manifest), file);
  if (problems.length > 0 || layout === null) return { cells: [], skippedRegions: new Set(), problems };
  const filter = new RegionFilter(manifest);
  const columns = dataColumns(header, filter);
  const dimension = manifest.dimensions.find((spec) => spec.column === layout.labelColumn) ?? null;
  const cells: FileCell[] = [];
  const wrongUnits = new Set<string>();
  for (const row of rows) {
    const label: Located = { text: row.cells[0] ?? '', row: row.line, column: layout.labelColumn };
    const measure = dimension === null ? topicMeasure(manifest, label, problems, file) : manifest.measures[0]!;
    if (measure === null || measure === 'ignored') continue;
    const dimensions = dimension === null ? [] : [{ spec: dimension, label }];
    for (const column of columns) {
      if (column.unit !== null && column.unit !== measure.unit && !wrongUnits.has(`${column.at}|${measure.key}`)) {
        wrongUnits.add(`${column.at}|${measure.key}`);
        problems.push({
          file,
          row: header[2]!.line,
          column: column.name,
          value: column.unit,
          message: `the unit row says ${JSON.stringify(column.unit)}, the manifest ${JSON.stringify(measure.unit)}`,
        });
      }
      cells.push({
        measure,
        row: row.line,
        column: column.name,
        raw: row.cells[column.at] ?? '',
        region: column.region,
        regionName: null,
        period: column.period,
        dimensions,
      });
    }
  }
  return { cells, skippedRegions: filter.skipped, problems };
}
