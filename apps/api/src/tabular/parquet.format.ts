import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import type { Writable } from 'node:stream';
import { writeChunk } from './stream-output';
import type { Cell, ColumnBatch, ColumnSpec, ColumnType } from './tabular.types';

/** hyparquet-writer's byte writer, emptied to the response after every row group. */
class StreamingByteWriter extends ByteWriter {
  constructor(private readonly out: Writable) {
    super(1 << 20);
  }

  flush(): Promise<void> {
    // Copied: the buffer is reused for the next row group.
    const chunk = Buffer.from(new Uint8Array(this.buffer, 0, this.index));
    this.index = 0;
    return writeChunk(this.out, chunk);
  }

  override finish(): Promise<void> {
    return this.flush();
  }
}

function schemaElement(column: ColumnSpec): SchemaElement {
  const name = column.name;
  const repetition_type = 'OPTIONAL';
  switch (column.type) {
    case 'string':
    case 'json':
      return { name, type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' }, repetition_type };
    case 'number':
      return { name, type: 'DOUBLE', repetition_type };
    case 'integer':
      return { name, type: 'INT32', repetition_type };
    case 'boolean':
      return { name, type: 'BOOLEAN', repetition_type };
    case 'date':
      return { name, type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' }, repetition_type };
    case 'datetime':
      // An instant in UTC (isAdjustedToUTC): readers that know only the legacy annotation read it as UTC too.
      return {
        name,
        type: 'INT64',
        converted_type: 'TIMESTAMP_MILLIS',
        logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' },
        repetition_type,
      };
    default: {
      const unknown: never = column.type;
      throw new Error(`Unknown column type ${String(unknown)}`);
    }
  }
}

/** The Parquet schema of a table: a flat root with every column optional. */
export function parquetSchema(columns: readonly ColumnSpec[]): SchemaElement[] {
  return [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)];
}

function parquetValue(type: ColumnType, cell: Cell): Cell | Date {
  if (cell === null) return null;
  if ((type === 'date' || type === 'datetime') && typeof cell === 'string') return new Date(cell);
  if ((type === 'number' || type === 'integer') && typeof cell === 'string') return Number(cell);
  return cell;
}

/** A Parquet file, one row group per source batch, each flushed to `out` as soon as it is encoded. */
export async function writeParquet(columns: readonly ColumnSpec[], batches: AsyncIterable<ColumnBatch>, out: Writable): Promise<void> {
  const parquet = new ParquetWriter({ writer: new StreamingByteWriter(out), schema: parquetSchema(columns), codec: 'SNAPPY' });
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    const columnData = columns.map((column, c) => ({
      name: column.name,
      data: batch.columns[c]!.map((cell) => parquetValue(column.type, cell)),
    }));
    await parquet.write({ columnData, rowGroupSize: batch.length });
  }
  await parquet.finish();
}
