import { ByteSlab } from './byte-slab';
import { CopyBinaryRows } from './copy-binary.rows';
import { csvTextBound, quoteTriggers, writeCsvText } from './csv-bytes.format';
import { CSV_LINE_END, csvHeader, dialectRules } from './csv.format';
import {
  MAX_FIXED_TEXT,
  numericTextBound,
  writeBoolText,
  writeDateText,
  writeInt4Text,
  writeNumericText,
  writeTimestampText,
} from './pg-binary.format';
import type { ColumnSpec, ColumnType, CsvDialect } from './tabular.types';

const LINE_END = CSV_LINE_END.charCodeAt(0);

type FixedTextWriter = (out: Uint8Array, at: number, source: Buffer, start: number) => number;

/** The writers of the types whose text fits MAX_FIXED_TEXT bytes. */
const FIXED_TEXT: Readonly<Record<'integer' | 'boolean' | 'date' | 'datetime', FixedTextWriter>> = {
  integer: writeInt4Text,
  boolean: writeBoolText,
  date: writeDateText,
  datetime: writeTimestampText,
};

/**
 * Turns the byte stream of `COPY … TO STDOUT (FORMAT binary)` into CSV bytes, header first (with the BOM in the
 * Dutch dialect). Fields go from the COPY's bytes to the output's without becoming JavaScript values, so Node
 * keeps pace with PostgreSQL: binary COPY is cheaper for PostgreSQL to write than CSV, and the two work on two
 * cores at once. The output is what `COPY … (FORMAT csv)` of the same rows, formula-escaped, would give.
 *
 * The binary type each column must have in the COPY: text or varchar for strings and JSON text, numeric (kept
 * as numeric: its text is its exact digits and scale), int4, bool, date, timestamptz.
 */
export class CopyBinaryCsvReader {
  private readonly rows: CopyBinaryRows;
  private readonly types: readonly ColumnType[];
  private readonly out = new ByteSlab();
  private readonly delimiter: number;
  private readonly decimal: number;
  private readonly triggers: Uint8Array;

  constructor(columns: readonly ColumnSpec[], dialect: CsvDialect) {
    const rules = dialectRules(dialect);
    this.types = columns.map((c) => c.type);
    this.rows = new CopyBinaryRows(columns.length);
    this.delimiter = rules.delimiter.charCodeAt(0);
    this.decimal = rules.decimalChar.charCodeAt(0);
    this.triggers = quoteTriggers(rules.delimiter);
    this.out.write(Buffer.from(csvHeader(columns, dialect)));
  }

  /** The CSV bytes of the rows this chunk completes (and of the header, the first time). */
  push(chunk: Buffer): Buffer[] {
    this.rows.push(chunk, this.writeRow);
    return this.out.take();
  }

  /** Whatever is left: the header alone when the COPY sent no chunk at all. */
  end(): Buffer[] {
    return this.out.take();
  }

  private readonly writeRow = (source: Buffer, start: number): void => {
    const out = this.out;
    const last = this.types.length - 1;
    let p = start;
    for (let c = 0; c <= last; c++) {
      const size = source.readInt32BE(p);
      p += 4;
      if (size >= 0) {
        this.writeField(this.types[c]!, source, p, size);
        p += size;
      }
      // NULL is written as nothing, as COPY CSV does.
      out.reserve(1);
      out.bytes[out.at++] = c === last ? LINE_END : this.delimiter;
    }
  };

  private writeField(type: ColumnType, source: Buffer, start: number, size: number): void {
    const out = this.out;
    switch (type) {
      case 'string':
      case 'json':
        out.reserve(csvTextBound(size));
        out.at = writeCsvText(out.bytes, out.at, source, start, size, this.triggers);
        return;
      case 'number':
        out.reserve(numericTextBound(source, start));
        out.at = writeNumericText(out.bytes, out.at, source, start, this.decimal);
        return;
      case 'integer':
      case 'boolean':
      case 'date':
      case 'datetime':
        out.reserve(MAX_FIXED_TEXT);
        out.at = FIXED_TEXT[type](out.bytes, out.at, source, start);
        return;
      default: {
        const unknown: never = type;
        throw new Error(`Unknown column type ${String(unknown)}`);
      }
    }
  }
}
