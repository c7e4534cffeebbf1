import { StringDecoder } from 'node:string_decoder';
import type { Cell, ColumnBatch, ColumnSpec, ColumnType } from './tabular.types';

const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Undoes PostgreSQL's COPY text escaping (`\t`, `\n`, `\\`, octal `\ddd`, hex `\xhh`). */
export function unescapeCopyText(field: string): string {
  if (!field.includes('\\')) return field;
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_match, code: string) => {
    if (code.startsWith('x')) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ESCAPES[code] ?? code;
  });
}

function toCell(field: string, type: ColumnType): Cell {
  if (field === '\\N') return null;
  switch (type) {
    case 'number':
    case 'integer':
      return Number(field);
    case 'boolean':
      return field === 't';
    default:
      return unescapeCopyText(field);
  }
}

/**
 * Turns the byte stream of `COPY … TO STDOUT` (text format) into column batches of at most `batchSize` rows.
 * Lines may be split anywhere across chunks, multi-byte characters included.
 */
export class CopyTextParser {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private columns: Cell[][];
  private length = 0;

  constructor(
    private readonly specs: readonly ColumnSpec[],
    private readonly batchSize: number,
  ) {
    this.columns = specs.map(() => []);
  }

  /** Full batches completed by this chunk. */
  push(chunk: Buffer): ColumnBatch[] {
    const text = this.rest + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    const full: ColumnBatch[] = [];
    for (const line of lines) {
      this.addLine(line);
      if (this.length === this.batchSize) full.push(this.take());
    }
    return full;
  }

  /** The last, partial batch (empty when there is none). */
  end(): ColumnBatch {
    const tail = this.rest + this.decoder.end();
    this.rest = '';
    if (tail !== '') this.addLine(tail);
    return this.take();
  }

  private addLine(line: string): void {
    const fields = line.split('\t');
    if (fields.length !== this.specs.length) {
      throw new Error(`COPY row has ${fields.length} fields, expected ${this.specs.length}`);
    }
    for (let c = 0; c < fields.length; c++) this.columns[c]!.push(toCell(fields[c]!, this.specs[c]!.type));
    this.length++;
  }

  private take(): ColumnBatch {
    const batch = { length: this.length, columns: this.columns };
    this.columns = this.specs.map(() => []);
    this.length = 0;
    return batch;
  }
}
