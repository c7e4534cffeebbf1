import {
  AsyncByteQueue,
  Bool,
  type DataType,
  DateDay,
  Field,
  Float64,
  Int32,
  RecordBatch,
  RecordBatchStreamWriter,
  Schema,
  Struct,
  TimestampMillisecond,
  Utf8,
  makeBuilder,
  makeData,
} from 'apache-arrow';
import type { Writable } from 'node:stream';
import { writeChunk } from './stream-output';
import type { Cell, ColumnBatch, ColumnSpec, ColumnType } from './tabular.types';

/** The writer's output queue, emptied after every batch so the bytes go out with backpressure. */
class DrainableByteQueue extends AsyncByteQueue {
  takeAll(): Uint8Array[] {
    const values = this._values as Uint8Array[];
    this._values = [];
    return values;
  }
}

function arrowType(type: ColumnType): DataType {
  switch (type) {
    case 'string':
    case 'json':
      return new Utf8();
    case 'number':
      return new Float64();
    case 'integer':
      return new Int32();
    case 'boolean':
      return new Bool();
    case 'date':
      return new DateDay();
    case 'datetime':
      return new TimestampMillisecond('UTC');
    default: {
      const unknown: never = type;
      throw new Error(`Unknown column type ${String(unknown)}`);
    }
  }
}

function arrowValue(type: ColumnType, cell: Cell): Cell {
  if (cell === null) return null;
  if ((type === 'date' || type === 'datetime') && typeof cell === 'string') return Date.parse(cell);
  if ((type === 'number' || type === 'integer') && typeof cell === 'string') return Number(cell);
  return cell;
}

/** The Arrow schema of a table: every field nullable, dates as days, times as UTC milliseconds. */
export function arrowSchema(columns: readonly ColumnSpec[]): Schema {
  return new Schema(columns.map((c) => new Field(c.name, arrowType(c.type), true)));
}

function recordBatch(schema: Schema, columns: readonly ColumnSpec[], batch: ColumnBatch): RecordBatch {
  const children = columns.map((column, c) => {
    const builder = makeBuilder({ type: schema.fields[c]!.type, nullValues: [null] });
    for (const cell of batch.columns[c]!) builder.append(arrowValue(column.type, cell));
    return builder.finish().flush();
  });
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: batch.length, nullCount: 0, children }));
}

/** Record batches from cells, one per source batch. */
async function* fromCells(
  schema: Schema,
  columns: readonly ColumnSpec[],
  batches: AsyncIterable<ColumnBatch>,
): AsyncGenerator<RecordBatch> {
  let wrote = false;
  for await (const batch of batches) {
    if (batch.length === 0 && wrote) continue;
    yield recordBatch(schema, columns, batch);
    wrote = true;
  }
  // An empty table still carries its schema.
  if (!wrote) yield recordBatch(schema, columns, { length: 0, columns: columns.map(() => []) });
}

/** An Arrow IPC stream of record batches (at least one, so the schema is written), flushed after each. */
export async function writeArrowBatches(schema: Schema, batches: AsyncIterable<RecordBatch>, out: Writable): Promise<void> {
  const queue = new DrainableByteQueue();
  const writer = new RecordBatchStreamWriter();
  writer.reset(queue, schema);
  for await (const batch of batches) {
    writer.write(batch);
    for (const chunk of queue.takeAll()) await writeChunk(out, chunk);
  }
  writer.finish();
  for (const chunk of queue.takeAll()) await writeChunk(out, chunk);
}

/** An Arrow IPC stream, one record batch per source batch. */
export async function writeArrow(columns: readonly ColumnSpec[], batches: AsyncIterable<ColumnBatch>, out: Writable): Promise<void> {
  const schema = arrowSchema(columns);
  await writeArrowBatches(schema, fromCells(schema, columns, batches), out);
}
