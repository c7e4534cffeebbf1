import type { ColumnSpec, ColumnType, CsvDialect, TabularFormat } from '../tabular/tabular.types';
import { MEDIA_TYPES } from '../tabular/tabular.types';
import { CSV_LINE_END, dialectRules } from '../tabular/csv.format';

/** Frictionless Table Schema field types of our column types. */
const FIELD_TYPES: Readonly<Record<ColumnType, string>> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  json: 'object',
};

export interface PackageSource {
  readonly title: string;
  readonly path?: string;
  /** How close the figures are to CBS's own publication (a Koers property beside the Frictionless ones). */
  readonly evidence: string;
  /** True for an illustrative (voorbeelddata) file: its figures are never real. */
  readonly demo: boolean;
}

/** One distribution of one table: format, and for CSV its dialect. */
export interface Distribution {
  readonly format: TabularFormat;
  readonly dialect: CsvDialect | null;
  readonly path: string;
}

function schemaOf(columns: readonly ColumnSpec[], primaryKey: readonly string[], decimalChar: string) {
  return {
    fields: columns.map((c) => ({
      name: c.name,
      type: FIELD_TYPES[c.type],
      description: c.description,
      ...(c.type === 'number' && decimalChar !== '.' ? { decimalChar } : {}),
      ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
    })),
    missingValues: [''],
    primaryKey,
  };
}

/** One Data Package resource per distribution, each with its schema (and CSV dialect). */
export function packageResource(name: string, title: string, distribution: Distribution, columns: readonly ColumnSpec[], primaryKey: readonly string[], sources: readonly PackageSource[]) {
  const dialect = distribution.dialect;
  const rules = dialect ? dialectRules(dialect) : { delimiter: ',', decimalChar: '.' };
  const suffix = dialect === 'nl' ? '-nl' : '';
  return {
    name: `${name}-${distribution.format}${suffix}`,
    title,
    path: distribution.path,
    format: distribution.format,
    mediatype: MEDIA_TYPES[distribution.format].split(';')[0],
    encoding: distribution.format === 'csv' || distribution.format === 'json' ? 'utf-8' : undefined,
    ...(dialect ? { dialect: { delimiter: rules.delimiter, lineTerminator: CSV_LINE_END, header: true, quoteChar: '"', doubleQuote: true } } : {}),
    schema: schemaOf(columns, primaryKey, rules.decimalChar),
    sources,
  };
}
