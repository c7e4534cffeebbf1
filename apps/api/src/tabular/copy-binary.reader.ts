import { Bool, type Data, DateDay, Float64, Int32, RecordBatch, type Schema, Struct, TimestampMillisecond, Utf8, makeData } from 'apache-arrow';
import type { ColumnType } from './tabular.types';

// PostgreSQL's binary COPY: a signature, flags and a header extension, then per row a field count (int16) and per
// field its length (int32, -1 for NULL) and its bytes in the type's binary form; -1 as field count ends it.
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED = SIGNATURE.length + 8;
/** 2000-01-01, PostgreSQL's epoch, in days and in milliseconds since 1970-01-01. */
const PG_EPOCH_DAYS = 10_957;
const PG_EPOCH_MS = 946_684_800_000;

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
    return makeData({ type: new Utf8(), ...this.props(), valueOffsets: this.offsets.subarray(0, this.length + 1), data: this.bytes.subarray(0, end) });
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
    // Microseconds since 2000 fit a double exactly for dates this side of year 287,000.
    const micros = source.readInt32BE(start) * 4_294_967_296 + source.readUInt32BE(start + 4);
    this.millis[this.length] = BigInt(Math.floor(micros / 1000) + PG_EPOCH_MS);
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

/** The byte length of the row starting at `at`, or -1 when the buffer does not hold all of it yet. */
function rowLength(buffer: Buffer, at: number, fields: number): number {
  let p = at + 2;
  for (let c = 0; c < fields; c++) {
    if (buffer.length - p < 4) return -1;
    const size = buffer.readInt32BE(p);
    p += 4 + Math.max(0, size);
    if (p > buffer.length) return -1;
  }
  return p - at;
}

/** Turns the byte stream of `COPY … TO STDOUT (FORMAT binary)` into Arrow record batches of `batchRows` rows. */
export class CopyBinaryArrowReader {
  private pending: Buffer = Buffer.alloc(0);
  private headerSeen = false;
  private columns: ColumnBuffer[] = [];
  private rows = 0;
  private emitted = 0;

  constructor(
    private readonly schema: Schema,
    private readonly types: readonly ColumnType[],
    private readonly batchRows: number,
  ) {
    this.reset();
  }

  /** Full batches completed by this chunk. */
  push(chunk: Buffer): RecordBatch[] {
    const buffer = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = this.headerSeen ? 0 : this.readHeader(buffer);
    const full: RecordBatch[] = [];
    while (at >= 0 && buffer.length - at >= 2) {
      const fields = buffer.readInt16BE(at);
      if (fields === -1) return full; // the trailer
      if (fields !== this.types.length) throw new Error(`COPY row has ${fields} fields, expected ${this.types.length}`);
      const size = rowLength(buffer, at, fields);
      if (size < 0) break;
      this.addRow(buffer, at + 2, fields);
      at += size;
      if (this.rows === this.batchRows) full.push(this.take());
    }
    this.pending = Buffer.from(buffer.subarray(Math.max(at, 0)));
    return full;
  }

  /** The last, partial batch; an empty one when there were no rows at all (it still carries the schema). */
  end(): RecordBatch | null {
    return this.rows > 0 || this.emitted === 0 ? this.take() : null;
  }

  private readHeader(buffer: Buffer): number {
    if (buffer.length < HEADER_FIXED) return -1;
    if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not a PostgreSQL binary COPY stream');
    const end = HEADER_FIXED + buffer.readInt32BE(SIGNATURE.length + 4);
    if (buffer.length < end) return -1;
    this.headerSeen = true;
    return end;
  }

  private addRow(buffer: Buffer, start: number, fields: number): void {
    let p = start;
    for (let c = 0; c < fields; c++) {
      const size = buffer.readInt32BE(p);
      p += 4;
      if (size < 0) this.columns[c]!.appendNull();
      else {
        this.columns[c]!.append(buffer, p, size);
        p += size;
      }
    }
    this.rows++;
  }

  private take(): RecordBatch {
    const children = this.columns.map((column) => column.finish());
    const batch = new RecordBatch(this.schema, makeData({ type: new Struct(this.schema.fields), length: this.rows, nullCount: 0, children }));
    this.emitted++;
    this.reset();
    return batch;
  }

  private reset(): void {
    this.columns = this.types.map((type) => bufferFor(type, this.batchRows));
    this.rows = 0;
  }
}
