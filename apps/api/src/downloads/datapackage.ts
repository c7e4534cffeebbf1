import type { CsvDialectDescription, DataPackageResource, TableSchema, TableSchemaField } from '@koers/api-contracts';
import { CSV_LINE_END, dialectRules } from '../tabular/csv.format';
import type { ColumnSpec, ColumnType, CsvDialect, TabularFormat } from '../tabular/tabular.types';
import { MEDIA_TYPES } from '../tabular/tabular.types';

/** Frictionless Table Schema field types of our column types; JSON text is a string in every format. */
const FIELD_TYPES: Readonly<Record<ColumnType, TableSchemaField['type']>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  json: 'string',
};

/** How the downloads write a datetime (to_char's `YYYY-MM-DD"T"HH24:MI:SS.MS"Z"`), as a Table Schema pattern. */
export const DATETIME_PATTERN = '%Y-%m-%dT%H:%M:%S.%fZ';

/** One file of a download: its format, for CSV its dialect, and its path beside the data package. */
export interface Distribution {
  readonly format: TabularFormat;
  readonly dialect: CsvDialect | null;
  readonly path: string;
}

function fieldOf(column: ColumnSpec): TableSchemaField {
  const field: TableSchemaField = { name: column.name, type: FIELD_TYPES[column.type], description: column.description };
  if (column.type === 'datetime') return { ...field, format: DATETIME_PATTERN };
  if (column.type === 'boolean') return { ...field, trueValues: ['true'], falseValues: ['false'] };
  return field;
}

function schemaOf(columns: readonly ColumnSpec[], primaryKey: readonly string[]): TableSchema {
  return { fields: columns.map(fieldOf), missingValues: [''], primaryKey };
}

function dialectOf(dialect: CsvDialect): CsvDialectDescription {
  return { delimiter: dialectRules(dialect).delimiter, lineTerminator: CSV_LINE_END, header: true, quoteChar: '"', doubleQuote: true };
}

/**
 * The Data Package resource of one file in the international form: a CSV is a tabular data resource (UTF-8 without
 * BOM, `,` and `.`), JSON, Arrow and Parquet are data resources with the same schema. The Dutch Excel CSV stays
 * out: it is for people, with a BOM and rounded values.
 */
export function packageResource(
  name: string,
  title: string,
  distribution: Distribution,
  columns: readonly ColumnSpec[],
  primaryKey: readonly string[],
): DataPackageResource {
  const { format } = distribution;
  const text = format === 'csv' || format === 'json';
  return {
    profile: format === 'csv' ? 'tabular-data-resource' : 'data-resource',
    name: `${name}-${format}`,
    title,
    path: distribution.path,
    format,
    mediatype: MEDIA_TYPES[format].split(';')[0]!,
    ...(text ? { encoding: 'utf-8' as const } : {}),
    ...(format === 'csv' ? { dialect: dialectOf('international') } : {}),
    schema: schemaOf(columns, primaryKey),
  };
}
