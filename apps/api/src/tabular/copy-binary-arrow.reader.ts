import {
  Bool,
  type Data,
  DateDay,
  Float64,
  Int32,
  RecordBatch,
  type Schema,
  Struct,
  TimestampMillisecond,
  Utf8,
  makeData,
} from 'apache-arrow';
import { CopyBinaryRows } from './copy-binary.rows';
import { PG_EPOCH_DAYS, PG_EPOCH_MS, timestampMillis } from './pg-binary.values';
import type { ColumnType } from './tabular.types';

/** Collects one column of a batch straight into Arrow buffers, never as JavaScript values. */
abstract class ColumnBuffer {
  protected validity: Uint8Array;
  protected nulls = 0;
  protected length = 0;

  constructor(protected readonly capacity: number) {
    this.validity = new Uint8Array(Math.ceil(capacity / 8));
  }

  append(source: Buffer, start: number, size: number): void {
    this.validity[this.length >> 3]! |= 1 << (this.length & 7);
    this.write(source, start, size);
    this.length++;
  }

  appendNull(): void {
    this.nulls++;
    this.writeNull();
    this.length++;
  }

  protected abstract write(source: Buffer, start: number, size: number): void;
  protected abstract writeNull(): void;
  abstract finish(): Data;

  protected props() {
    return { length: this.length, nullCount: this.nulls, nullBitmap: this.nulls > 0 ? this.validity : undefined };
  }
}

class Utf8Buffer extends ColumnBuffer {
  private offsets = new Int32Array(this.capacity + 1);
  private bytes = new Uint8Array(this.capacity * 16);

  protected write(source: Buffer, start: number, size: number): void {
    const at = this.offsets[this.length]!;
    if (at + size > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, at + size));
      grown.set(this.bytes.subarray(0, at));
      this.bytes = grown;
    }
    source.copy(this.bytes, at, start, start + size);
    this.offsets[this.length + 1] = at + size;
  }

  protected writeNull(): void {
    this.offsets[this.length + 1] = this.offsets[this.length]!;
  }

  finish(): Data {
    const end = this.offsets[this.length]!;
    return makeData({
      type: new Utf8(),
      ...this.props(),
      valueOffsets: this.offsets.subarray(0, this.length + 1),
      data: this.bytes.subarray(0, end),
    });
  }
}

class Float64Buffer extends ColumnBuffer {
  private values = new Float64Array(this.capacity);
  protected write(source: Buffer, start: number): void {
    this.values[this.length] = source.readDoubleBE(start);
  }
  protected writeNull(): void {}
  finish(): Data {
    return makeData({ type: new Float64(), ...this.props(), data: this.values.subarray(0, this.length) });
  }
}

class Int32Buffer extends ColumnBuffer {
  private values = new Int32Array(this.capacity);
  protected write(source: Buffer, start: number): void {
    this.values[this.length] = source.readInt32BE(start);
  }
  protected writeNull(): void {}
  finish(): Data {
    return makeData({ type: new Int32(), ...this.props(), data: this.values.subarray(0, this.length) });
  }
}

class BoolBuffer extends ColumnBuffer {
  private bits = new Uint8Array(Math.ceil(this.capacity / 8));
  protected write(source: Buffer, start: number): void {
    if (source[start] !== 0) this.bits[this.length >> 3]! |= 1 << (this.length & 7);
  }
  protected writeNull(): void {}
  finish(): Data {
    return makeData({ type: new Bool(), ...this.props(), data: this.bits.subarray(0, Math.ceil(this.length / 8)) });
  }
}

class DateDayBuffer extends ColumnBuffer {
  private days = new Int32Array(this.capacity);
  protected write(source: Buffer, start: number): void {
    this.days[this.length] = source.readInt32BE(start) + PG_EPOCH_DAYS;
  }
  protected writeNull(): void {}
  finish(): Data {
    return makeData({ type: new DateDay(), ...this.props(), data: this.days.subarray(0, this.length) });
  }
}

class TimestampBuffer extends ColumnBuffer {
  private millis = new BigInt64Array(this.capacity);
  protected write(source: Buffer, start: number): void {
    this.millis[this.length] = BigInt(timestampMillis(source, start) + PG_EPOCH_MS);
  }
  protected writeNull(): void {}
  finish(): Data {
    return makeData({ type: new TimestampMillisecond('UTC'), ...this.props(), data: this.millis.subarray(0, this.length) });
  }
}

/**
 * The binary type each column must have in the COPY: text/varchar for strings and JSON text, float8, int4, bool,
 * date, timestamptz.
 */
function bufferFor(type: ColumnType, capacity: number): ColumnBuffer {
  switch (type) {
    case 'string':
    case 'json':
      return new Utf8Buffer(capacity);
    case 'number':
      return new Float64Buffer(capacity);
    case 'integer':
      return new Int32Buffer(capacity);
    case 'boolean':
      return new BoolBuffer(capacity);
    case 'date':
      return new DateDayBuffer(capacity);
    case 'datetime':
      return new TimestampBuffer(capacity);
    default: {
      const unknown: never = type;
      throw new Error(`Unknown column type ${String(unknown)}`);
    }
  }
}

/** Turns the byte stream of `COPY … TO STDOUT (FORMAT binary)` into Arrow record batches of `batchRows` rows. */
export class CopyBinaryArrowReader {
  private readonly rows: CopyBinaryRows;
  private columns: ColumnBuffer[] = [];
  private length = 0;
  private emitted = 0;

  constructor(
    private readonly schema: Schema,
    private readonly types: readonly ColumnType[],
    private readonly batchRows: number,
  ) {
    this.rows = new CopyBinaryRows(types.length);
    this.reset();
  }

  /** Full batches completed by this chunk. */
  push(chunk: Buffer): RecordBatch[] {
    const full: RecordBatch[] = [];
    this.rows.push(chunk, (buffer, start) => {
      this.addRow(buffer, start);
      if (this.length === this.batchRows) full.push(this.take());
    });
    return full;
  }

  /** The last, partial batch; an empty one when there were no rows at all (it still carries the schema). */
  end(): RecordBatch | null {
    return this.length > 0 || this.emitted === 0 ? this.take() : null;
  }

  private addRow(buffer: Buffer, start: number): void {
    let p = start;
    for (const column of this.columns) {
      const size = buffer.readInt32BE(p);
      p += 4;
      if (size < 0) column.appendNull();
      else {
        column.append(buffer, p, size);
        p += size;
      }
    }
    this.length++;
  }

  private take(): RecordBatch {
    const children = this.columns.map((column) => column.finish());
    const batch = new RecordBatch(
      this.schema,
      makeData({ type: new Struct(this.schema.fields), length: this.length, nullCount: 0, children }),
    );
    this.emitted++;
    this.reset();
    return batch;
  }

  private reset(): void {
    this.columns = this.types.map((type) => bufferFor(type, this.batchRows));
    this.length = 0;
  }
}
