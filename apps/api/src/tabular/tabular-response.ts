import type { Response } from 'express';
import { arrowSchema, writeArrow, writeArrowBatches } from './arrow.format';
import { csvHeader, csvLines } from './csv.format';
import { writeJson } from './json.format';
import { writeParquet } from './parquet.format';
import { ClientGoneError, writeChunk } from './stream-output';
import { type ColumnBatch, type ColumnSpec, type CsvDialect, MEDIA_TYPES, type TabularFormat, type TabularSource } from './tabular.types';

export interface TabularResponseOptions {
  readonly format: TabularFormat;
  readonly dialect: CsvDialect;
  /** File name without extension. */
  readonly filename: string;
}

type Writer = (res: Response) => Promise<void>;

async function writeCsv(
  columns: readonly ColumnSpec[],
  batches: AsyncIterable<ColumnBatch>,
  dialect: CsvDialect,
  res: Response,
): Promise<void> {
  await writeChunk(res, csvHeader(columns, dialect));
  for await (const batch of batches) {
    if (batch.length > 0) await writeChunk(res, csvLines(batch, dialect));
  }
}

async function writeBytes(bytes: AsyncIterable<Uint8Array>, res: Response): Promise<void> {
  for await (const chunk of bytes) await writeChunk(res, chunk);
}

/** The first item is read before any header goes out, so an error in the query still gets its status. */
async function started<T>(items: AsyncIterable<T>): Promise<AsyncGenerator<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* replay() {
    try {
      if (first.done) return;
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  })();
}

/** The writer for the format, using the source's fast path (binary COPY to CSV bytes or Arrow buffers) when it has one. */
async function writerFor(source: TabularSource, options: TabularResponseOptions): Promise<Writer> {
  const { columns } = source;
  switch (options.format) {
    case 'csv': {
      if (source.csv) {
        const bytes = await started(source.csv(options.dialect));
        return (res) => writeBytes(bytes, res);
      }
      const batches = await started(source.batches({ rounded: options.dialect === 'nl' }));
      return (res) => writeCsv(columns, batches, options.dialect, res);
    }
    case 'arrow': {
      if (source.arrow) {
        const batches = await started(source.arrow());
        return (res) => writeArrowBatches(arrowSchema(columns), batches, res);
      }
      const batches = await started(source.batches());
      return (res) => writeArrow(columns, batches, res);
    }
    case 'json': {
      const batches = await started(source.batches());
      return (res) => writeJson(columns, batches, res);
    }
    case 'parquet': {
      const batches = await started(source.batches());
      return (res) => writeParquet(columns, batches, res);
    }
    default: {
      const unknown: never = options.format;
      throw new Error(`Unknown format ${String(unknown)}`);
    }
  }
}

/** The file name of a download: `koers-indicators.csv`, and the Dutch Excel CSV `koers-indicators-nl.csv`. */
export function downloadFileName(name: string, format: TabularFormat, dialect: CsvDialect): string {
  return `${name}${format === 'csv' && dialect === 'nl' ? '-nl' : ''}.${format}`;
}

/**
 * Streams a table to the client in one of the four formats; the caller has set its ETag (`answeredNotModified`).
 * Nothing is held whole: batches go out as they come, with backpressure. A failure after the first byte can no
 * longer change the status, so the connection is cut and the client sees a truncated download rather than a
 * file that looks complete.
 */
export async function sendTabular(res: Response, source: TabularSource, options: TabularResponseOptions): Promise<void> {
  const write = await writerFor(source, options);
  res.status(200);
  res.setHeader('Content-Type', MEDIA_TYPES[options.format]);
  res.setHeader('Content-Disposition', `attachment; filename="${downloadFileName(options.filename, options.format, options.dialect)}"`);
  try {
    await write(res);
    res.end();
  } catch (error) {
    if (!(error instanceof ClientGoneError)) res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
