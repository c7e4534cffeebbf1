import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { RecordBatch } from 'apache-arrow';
import { beginReadOnly } from '../database/read-transaction';
import { arrowSchema } from './arrow.format';
import { CopyBinaryArrowReader } from './copy-binary-arrow.reader';
import { CopyBinaryCsvReader } from './copy-binary-csv.reader';
import { CopyTextParser } from './copy-text.parser';
import type { ColumnBatch, ColumnSpec, CsvDialect, TabularSource } from './tabular.types';

/**
 * A `COPY (…) TO STDOUT` whose SQL is a constant. Request values never enter the SQL text: COPY takes no bind
 * parameters, so they travel as transaction-local settings (`set_config(name, value, true)`, itself bound) that
 * the constant query reads with `current_setting(name)`.
 */
export interface CopyQuery {
  readonly sql: string;
  readonly settings: Readonly<Record<string, string>>;
}

/**
 * The same rows as three COPYs: text (parsed into cells), and binary ones typed for Arrow and for CSV (see
 * CopyBinaryArrowReader and CopyBinaryCsvReader for the column types each wants).
 */
export interface CopyQueries {
  readonly text: CopyQuery;
  readonly arrow: CopyQuery;
  readonly csv: CopyQuery;
}

const BATCH_ROWS = 10_000;

/** The bytes of one COPY, in one read-only snapshot, so a load that commits meanwhile cannot tear a download. */
async function* copyChunks(pool: Pool, query: CopyQuery): AsyncGenerator<Buffer> {
  const client = await pool.connect();
  let finished = false;
  try {
    await beginReadOnly(client, query.settings);
    const stream = client.query(copyTo(query.sql));
    stream.on('error', () => undefined); // surfaced by the iteration below; a late one after an abort is moot
    for await (const chunk of stream) yield chunk as Buffer;
    await client.query('COMMIT');
    finished = true;
  } finally {
    // A COPY cut off midway leaves the connection unusable: it is closed instead of returned to the pool.
    client.release(!finished);
  }
}

async function* textBatches(pool: Pool, query: CopyQuery, columns: readonly ColumnSpec[]): AsyncGenerator<ColumnBatch> {
  const parser = new CopyTextParser(columns, BATCH_ROWS);
  for await (const chunk of copyChunks(pool, query)) yield* parser.push(chunk);
  const last = parser.end();
  if (last.length > 0) yield last;
}

async function* arrowBatches(pool: Pool, query: CopyQuery, columns: readonly ColumnSpec[]): AsyncGenerator<RecordBatch> {
  const reader = new CopyBinaryArrowReader(
    arrowSchema(columns),
    columns.map((c) => c.type),
    BATCH_ROWS,
  );
  for await (const chunk of copyChunks(pool, query)) yield* reader.push(chunk);
  const last = reader.end();
  if (last) yield last;
}

async function* csvBytes(pool: Pool, query: CopyQuery, columns: readonly ColumnSpec[], dialect: CsvDialect): AsyncGenerator<Buffer> {
  const reader = new CopyBinaryCsvReader(columns, dialect);
  for await (const chunk of copyChunks(pool, query)) yield* reader.push(chunk);
  yield* reader.end();
}

/** The rows of a COPY query, batch by batch, with binary COPY into CSV bytes and into Arrow buffers as fast paths. */
export function pgCopySource(pool: Pool, queries: CopyQueries, columns: readonly ColumnSpec[]): TabularSource {
  return {
    columns,
    batches: () => textBatches(pool, queries.text, columns),
    csv: (dialect) => csvBytes(pool, queries.csv, columns, dialect),
    arrow: () => arrowBatches(pool, queries.arrow, columns),
  };
}
