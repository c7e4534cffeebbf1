import { csvText } from '@koers/indicators';
import type { Cell, ColumnBatch, ColumnSpec, CsvDialect } from './tabular.types';

interface DialectRules {
  readonly delimiter: string;
  readonly decimal: string;
  readonly bom: string;
}

const RULES: Readonly<Record<CsvDialect, DialectRules>> = {
  international: { delimiter: ',', decimal: '.', bom: '' },
  // Excel with Dutch regional settings: semicolons, decimal comma, and a BOM so it reads UTF-8.
  nl: { delimiter: ';', decimal: ',', bom: '\uFEFF' },
};

/** Line feeds, as PostgreSQL's COPY writes CSV, so every CSV download looks the same; Excel reads them too. */
export const CSV_LINE_END = '\n';

/** A number in the dialect's decimal notation. Numbers are never formula-escaped: `-3.5` is a number. */
export function formatNumber(value: number, decimal: string): string {
  const text = String(value);
  return decimal === '.' ? text : text.replace('.', decimal);
}

function formatCell(cell: Cell, rules: DialectRules): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? formatNumber(cell, rules.decimal) : '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return csvText(cell, rules.delimiter);
}

/** The header line, preceded by the BOM in the Dutch dialect. */
export function csvHeader(columns: readonly ColumnSpec[], dialect: CsvDialect): string {
  const rules = RULES[dialect];
  return rules.bom + columns.map((c) => csvText(c.name, rules.delimiter)).join(rules.delimiter) + CSV_LINE_END;
}

/** The lines of one batch. */
export function csvLines(batch: ColumnBatch, dialect: CsvDialect): string {
  const rules = RULES[dialect];
  const { columns, length } = batch;
  const lines: string[] = new Array<string>(length);
  for (let r = 0; r < length; r++) {
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      if (c > 0) line += rules.delimiter;
      line += formatCell(columns[c]![r]!, rules);
    }
    lines[r] = line;
  }
  return length === 0 ? '' : lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/** The delimiter and decimal mark of a dialect, for the Data Package description. */
export function dialectRules(dialect: CsvDialect): { delimiter: string; decimalChar: string } {
  return { delimiter: RULES[dialect].delimiter, decimalChar: RULES[dialect].decimal };
}
