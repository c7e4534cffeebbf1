import type { RecordBatch } from 'apache-arrow';

/**
 * Column types of the downloads. `string`, `date` (YYYY-MM-DD), `datetime` (ISO 8601, UTC) and `json` cells are
 * strings; `number` and `integer` cells are numbers; `boolean` cells are booleans; every cell may be null. A `json`
 * cell is a JSON object written as text, the same text in every format (CSV, JSON, Arrow, Parquet).
 */
export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime' | 'json';

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
}

/** The columns named by `names`, in their order, each with its type and description from `described`. */
export function describeColumns<N extends string>(
  names: readonly N[],
  described: Readonly<Record<N, readonly [ColumnType, string]>>,
): ColumnSpec[] {
  return names.map((name) => ({ name, type: described[name][0], description: described[name][1] }));
}

export type Cell = string | number | boolean | null;

/** A slice of rows, column by column: `columns[c][r]` is row r of column c. */
export interface ColumnBatch {
  readonly length: number;
  readonly columns: readonly (readonly Cell[])[];
}

/** How a file shows its values: as computed, or rounded to the decimals they are shown with (the Excel file). */
export interface BatchOptions {
  readonly rounded: boolean;
}

/** A table produced batch by batch, so that no format ever holds it whole. */
export interface TabularSource {
  readonly columns: readonly ColumnSpec[];
  batches(options?: BatchOptions): AsyncIterable<ColumnBatch>;
  /** Fast path: the whole CSV file in this dialect (BOM, header, rows) as bytes, written without going through cells. */
  readonly csv?: (dialect: CsvDialect) => AsyncIterable<Uint8Array>;
  /** Fast path: Arrow record batches built without going through cells (from a binary COPY). */
  readonly arrow?: () => AsyncIterable<RecordBatch>;
}

/** The file formats. */
export const TABULAR_FORMATS = ['csv', 'json', 'arrow', 'parquet'] as const;
export type TabularFormat = (typeof TABULAR_FORMATS)[number];

/** CSV dialects: international (`,` and `.`), or Dutch Excel (`;`, decimal comma, BOM, values rounded as shown). */
export const CSV_DIALECTS = ['international', 'nl'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** Media types of the formats. */
export const MEDIA_TYPES: Readonly<Record<TabularFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  arrow: 'application/vnd.apache.arrow.stream',
  parquet: 'application/vnd.apache.parquet',
};
