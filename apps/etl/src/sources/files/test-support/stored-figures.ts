import type { Pool } from 'pg';
import { measureKey } from '@koers/loading';
import type { DescribedFile } from '../manifest-folder.parser';
import type { MappedObservation } from '../file-observation.mapper';
import { FileOracle, expectedFromCell } from './file-oracle';

export interface StoredFigure {
  readonly key: string;
  readonly name: string;
  readonly value: number | null;
  readonly missingReason: string | null;
  readonly status: string;
  readonly version: string;
}

/** Every stored observation of a file table, by measure key, region and period (all versions). */
export async function storedFigures(pool: Pool, tableId: string): Promise<Map<string, StoredFigure[]>> {
  const { rows } = await pool.query<{
    source_key: string;
    dimensions: Record<string, string>;
    name: string;
    region_code: string;
    period_code: string;
    value: string | null;
    missing_reason: string | null;
    status: string;
    publication_version: string;
  }>(
    `SELECT m.source_key, m.dimensions, m.name, o.region_code, o.period_code, o.value, o.missing_reason, o.status, o.publication_version
     FROM observation o JOIN measure m ON m.id = o.measure_id JOIN source_table t ON t.id = m.source_table_id
     WHERE t.provider = 'file' AND t.table_id = $1`,
    [tableId],
  );
  const figures = new Map<string, StoredFigure[]>();
  for (const row of rows) {
    const key = `${measureKey(row.source_key, row.dimensions)}|${row.region_code}|${row.period_code}`;
    const figure = {
      key,
      name: row.name,
      value: row.value === null ? null : Number(row.value),
      missingReason: row.missing_reason,
      status: row.status,
      version: row.publication_version,
    };
    figures.set(key, [...(figures.get(key) ?? []), figure]);
  }
  return figures;
}

export function figureKey(observation: MappedObservation): string {
  return `${measureKey(observation.sourceKey, observation.dimensions)}|${observation.regionCode}|${observation.periodCode}`;
}

const LEVEL_SUFFIX = / \((gemeente|PV|LD|CR)\)$/;

/**
 * What the file itself says of a mapped figure, read by the oracle: its value or missing reason, whether its
 * region label names its region, whether its period label holds its year and status. Empty when all agree.
 */
export function disagreements(
  file: DescribedFile,
  oracle: FileOracle,
  observation: MappedObservation,
  regionNames: ReadonlyMap<string, string>,
): string[] {
  const manifest = file.manifest;
  const format = manifest.format;
  const found: string[] = [];
  const at = `${manifest.file} row ${observation.row} column ${observation.column}`;
  const cell = expectedFromCell(oracle.cell(observation.row, observation.column), format.type === 'csv' ? format.decimalSeparator : '.');
  if (cell.value !== observation.value || cell.missingReason !== observation.missingReason)
    found.push(`${at}: file ${JSON.stringify(cell)}, mapped ${observation.value}/${observation.missingReason}`);
  const transposed = format.type === 'csv' && format.layout.kind === 'transposed';
  const regionLabel = transposed
    ? oracle.overColumn(format.titleLines + 1, observation.column)
    : oracle.sameRow(observation.row, manifest.regions.column ?? '');
  const alias = manifest.regions.aliases.find((a) => a.label === regionLabel)?.code;
  const named = regionNames.get(observation.regionCode);
  const regionFits =
    alias !== undefined
      ? alias === observation.regionCode
      : manifest.regions.kind === 'code'
        ? regionLabel === observation.regionCode
        : named !== undefined &&
          [regionLabel, regionLabel.replace(LEVEL_SUFFIX, '')].some((label) => label.toLowerCase() === named.toLowerCase());
  if (!regionFits) found.push(`${at}: region label "${regionLabel}" is not ${observation.regionCode} (${named})`);
  const period = manifest.period;
  const measure = manifest.measures.find((m) => m.key === observation.sourceKey);
  const periodLabel =
    period.from === 'fixed'
      ? period.code
      : period.from === 'header'
        ? observation.column
        : transposed
          ? oracle.overColumn(format.titleLines + 2, observation.column)
          : oracle.sameRow(observation.row, measure?.periodColumn ?? period.column);
  const marked = periodLabel.endsWith('**') ? 'revised-provisional' : periodLabel.endsWith('*') ? 'provisional' : 'definitive';
  const status = period.statuses.find((s) => s.code === observation.periodCode)?.status ?? marked;
  if (!periodLabel.startsWith(observation.periodCode.slice(0, 4)) || status !== observation.status)
    found.push(`${at}: period label "${periodLabel}" is not ${observation.periodCode} ${observation.status}`);
  return found;
}
