// PostgreSQL's binary COPY: a signature, flags and a header extension, then per row a field count (int16) and per
// field its length (int32, -1 for NULL) and its bytes in the type's binary form; -1 as field count ends it.
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_FIXED = SIGNATURE.length + 8;

/** Reads one whole row: `start` is where its first field's length is. */
export type RowReader = (buffer: Buffer, start: number) => void;

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

/**
 * Cuts the byte stream of `COPY … TO STDOUT (FORMAT binary)` into whole rows, however the chunks split it, so
 * the readers that build Arrow or CSV from it only ever see complete rows.
 */
export class CopyBinaryRows {
  private pending: Buffer = Buffer.alloc(0);
  private headerSeen = false;

  constructor(private readonly fields: number) {}

  /** Hands every row this chunk completes to `read`, in order. */
  push(chunk: Buffer, read: RowReader): void {
    const buffer = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = this.headerSeen ? 0 : this.readHeader(buffer);
    while (at >= 0 && buffer.length - at >= 2) {
      const fields = buffer.readInt16BE(at);
      if (fields === -1) {
        this.pending = Buffer.alloc(0); // the trailer
        return;
      }
      if (fields !== this.fields) throw new Error(`COPY row has ${fields} fields, expected ${this.fields}`);
      const size = rowLength(buffer, at, fields);
      if (size < 0) break;
      read(buffer, at + 2);
      at += size;
    }
    this.pending = Buffer.from(buffer.subarray(Math.max(at, 0)));
  }

  private readHeader(buffer: Buffer): number {
    if (buffer.length < HEADER_FIXED) return -1;
    if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not a PostgreSQL binary COPY stream');
    const end = HEADER_FIXED + buffer.readInt32BE(SIGNATURE.length + 4);
    if (buffer.length < end) return -1;
    this.headerSeen = true;
    return end;
  }
}
