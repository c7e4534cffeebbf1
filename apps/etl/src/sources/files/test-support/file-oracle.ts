import { readFileSync } from 'node:fs';
import type { FileManifest } from '../file-manifest.types';

/**
 * A second, deliberately simple reading of a file, for tests: it does not share the parsers' code, so a figure
 * that both agree on is what the file says. It finds a cell by the row and column a mapped observation names.
 */
export class FileOracle {
  private readonly lines: string[] | null;
  private readonly json: Record<string, Record<string, unknown>> | null;
  private readonly header: string[];

  constructor(
    path: string,
    private readonly manifest: FileManifest,
  ) {
    const bytes = readFileSync(path);
    const format = manifest.format;
    if (format.type === 'json-by-region') {
      this.json = JSON.parse(bytes.toString('utf8')) as Record<string, Record<string, unknown>>;
      this.lines = null;
      this.header = [];
      return;
    }
    const text = format.encoding === 'utf-8' ? bytes.toString('utf8').replace(/^\uFEFF/, '') : bytes.toString('latin1');
    this.lines = text.split(/\r?\n/);
    this.json = null;
    this.header = this.fields(format.titleLines + 1);
  }

  /** The fields of a line (1-based), split on the delimiter outside double quotes, quotes removed. */
  fields(line: number): string[] {
    const format = this.manifest.format;
    const delimiter = format.type === 'csv' ? format.delimiter : ',';
    const out: string[] = [];
    let field = '';
    let quoted = false;
    const text = this.lines![line - 1]!;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '"' && quoted && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = !quoted;
      else if (char === delimiter && !quoted) {
        out.push(field);
        field = '';
      } else field += char;
    }
    out.push(field);
    return out;
  }

  /** The cell at a row (line number or JSON key) and column (a header, or "column N (…)" in a transposed file). */
  cell(row: number | string, column: string): string | number | null {
    if (this.json !== null) {
      const value = this.json[String(row)]?.[column];
      return value === undefined ? '(absent)' : (value as string | number | null);
    }
    const numbered = /^column (\d+) \(/.exec(column);
    const index = numbered ? Number(numbered[1]) - 1 : this.header.indexOf(column);
    return this.fields(Number(row))[index] ?? '(absent)';
  }

  /** The text in `column` on the row of a cell (its region or period label). */
  sameRow(row: number | string, column: string): string {
    const value = this.json !== null ? String(row) : this.fields(Number(row))[this.header.indexOf(column)];
    return String(value ?? '').trim();
  }

  /** In a transposed file, the header row `line`'s label over a value column. */
  overColumn(line: number, column: string): string {
    const index = Number(/^column (\d+) \(/.exec(column)![1]) - 1;
    return (this.fields(line)[index] ?? '').trim();
  }
}

/** What the oracle expects a stored figure to be, from its cell's text. */
export function expectedFromCell(raw: string | number | null, decimal: '.' | ','): { value: number | null; missingReason: string | null } {
  if (raw === null) return { value: null, missingReason: 'null' };
  if (typeof raw === 'number') return { value: raw, missingReason: null };
  const text = raw.trim();
  if (text === '') return { value: null, missingReason: 'empty' };
  if (['.', 'x', '-', '?'].includes(text)) return { value: null, missingReason: text };
  return { value: Number(decimal === ',' ? text.replace(',', '.') : text), missingReason: null };
}
