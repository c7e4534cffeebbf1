import type { DecimalSeparator } from './file-manifest.types';

/**
 * CBS's symbols for a cell without a figure: `.` not available, `x` secret, `-` nil, `?` unknown. Stored as missing
 * with the symbol as the reason, never as 0 — also `-`, which CBS defines as nil: the CBS loader does the same
 * (`cbs-v3.mapper.ts`), so one figure reads the same whichever way it arrived.
 */
const MISSING_SYMBOLS: ReadonlySet<string> = new Set(['.', 'x', '-', '?']);

export type CellValue =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'missing'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly reason: string };

const NUMBER: Readonly<Record<DecimalSeparator, RegExp>> = {
  '.': /^[-+]?\d+(\.\d+)?$/,
  ',': /^[-+]?\d+(,\d+)?$/,
};

/**
 * A cell's value: a number written with the declared decimal separator (padding trimmed, as OData strings are
 * padded: `"    78.6"`), a CBS symbol or an empty cell (missing, reason `empty`); a JSON null is missing with
 * reason `null`, as the CBS loader stores a typed null. Anything else is invalid: never guessed.
 */
export function readCellValue(raw: string | number | null, decimal: DecimalSeparator): CellValue {
  if (raw === null) return { kind: 'missing', reason: 'null' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'value', value: raw } : { kind: 'invalid', reason: 'not a finite number' };
  const text = raw.trim();
  if (text === '') return { kind: 'missing', reason: 'empty' };
  if (MISSING_SYMBOLS.has(text)) return { kind: 'missing', reason: text };
  if (NUMBER[decimal].test(text)) return { kind: 'value', value: Number(decimal === ',' ? text.replace(',', '.') : text) };
  const other = decimal === '.' ? ',' : '.';
  if (NUMBER[other].test(text))
    return { kind: 'invalid', reason: `a number with decimal separator "${other}"; the manifest declares "${decimal}"` };
  return { kind: 'invalid', reason: 'not a number and not a CBS symbol (. x - ?)' };
}
