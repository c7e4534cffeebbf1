import type { CsvRecord } from './csv-records.parser';
import { type FileCell, type FileCells, type Located, RegionFilter, declaredColumns, isIgnored } from './file-cells';
import type { FileManifest, MeasureSpec } from './file-manifest.types';
import type { FileProblem } from './file-source.exception';

/** The measure of a row: by its topic label, or the file's one measure; null (with a problem) otherwise. */
export function topicMeasure(
  manifest: FileManifest,
  topic: Located | null,
  problems: FileProblem[],
  file: string,
): MeasureSpec | 'ignored' | null {
  if (topic === null) return manifest.measures[0] ?? null;
  const label = topic.text.trim();
  const measure = manifest.measures.find((candidate) => candidate.topic === label);
  if (measure) return measure;
  if (isIgnored(label, manifest.ignoredTopics)) return 'ignored';
  problems.push({
    file,
    row: topic.row,
    column: topic.column,
    value: label,
    message: 'the manifest does not account for this topic: load it as a measure or list it under ignoredTopics',
  });
  return null;
}

/**
 * A wide CSV file: a row per region (and topic), a column per period. Every column the manifest does not name
 * or ignore is a period column, so a renamed column shows up as a label that does not read as a period.
 */
export function readWideLayout(header: CsvRecord, rows: readonly CsvRecord[], manifest: FileManifest, file: string): FileCells {
  const layout = manifest.format.type === 'csv' && manifest.format.layout.kind === 'wide-by-period' ? manifest.format.layout : null;
  const topicColumn = layout?.topicColumn ?? null;
  const named = [...declaredColumns(manifest), ...(topicColumn === null ? [] : [topicColumn])];
  const problems: FileProblem[] = named
    .filter((name) => !header.cells.includes(name))
    .map((name) => ({
      file,
      row: header.line,
      column: name,
      value: null,
      message: 'the manifest names this column, the file does not have it',
    }));
  if (problems.length > 0) return { cells: [], skippedRegions: new Set(), problems };
  const index = new Map(header.cells.map((name, at) => [name, at]));
  const periodColumns = header.cells
    .map((name, at) => ({ name, at }))
    .filter(({ name }) => !named.includes(name) && !isIgnored(name, manifest.ignoredColumns));
  const filter = new RegionFilter(manifest);
  const cells: FileCell[] = [];
  for (const row of rows) {
    const at = (column: string): Located => ({ text: row.cells[index.get(column)!] ?? '', row: row.line, column });
    const region = at(manifest.regions.column!);
    if (!filter.loads(region.text)) continue;
    const measure = topicMeasure(manifest, topicColumn === null ? null : at(topicColumn), problems, file);
    if (measure === null || measure === 'ignored') continue;
    const regionName = manifest.regions.nameColumn === null ? null : at(manifest.regions.nameColumn).text.trim();
    const dimensions = manifest.dimensions.map((spec) => ({ spec, label: at(spec.column) }));
    for (const column of periodColumns) {
      const period = { text: column.name, row: header.line, column: column.name };
      cells.push({ measure, row: row.line, column: column.name, raw: row.cells[column.at] ?? '', region, regionName, period, dimensions });
    }
  }
  return { cells, skippedRegions: filter.skipped, problems };
}
