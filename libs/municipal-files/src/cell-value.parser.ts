import { BrokenCell, MissingToken, RawCell } from './municipal.types';

export type NumberRead =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'missing'; readonly token: MissingToken }
  | { readonly kind: 'ambiguous'; readonly asDecimal: number; readonly asThousands: number }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'broken'; readonly cell: BrokenCell };

export function isBroken(cell: RawCell): cell is BrokenCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** `.`, `x`, `-` and an empty cell mean missing; anything else is a value (or a mistake). */
export function missingToken(cell: RawCell): MissingToken | null {
  if (cell === null) return 'empty';
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  if (text === '') return 'empty';
  if (text === '.' || text === '-') return text;
  return text === 'x' || text === 'X' ? 'x' : null;
}

const PLAIN = /^\d+$/;
const DUTCH_GROUPED_DECIMAL = /^\d{1,3}(\.\d{3})+,\d+$/;
const INTERNATIONAL_GROUPED_DECIMAL = /^\d{1,3}(,\d{3})+\.\d+$/;
const DUTCH_THOUSANDS = /^\d{1,3}(\.\d{3}){2,}$/;
const INTERNATIONAL_THOUSANDS = /^\d{1,3}(,\d{3}){2,}$/;
/** One separator followed by exactly three digits: `1.234` is 1234 in Dutch and 1.234 in English. */
const ONE_GROUP = /^[1-9]\d{0,2}[.,]\d{3}$/;
const POINT_DECIMAL = /^\d+\.\d+$/;
const COMMA_DECIMAL = /^\d+,\d+$/;

/**
 * Dutch (`1.234,5`) and international (`1234.5`, `1,234.5`) notation, where the reading is unambiguous. A single
 * separator followed by exactly three digits (`1.234`, `1,234`) is ambiguous: in a whole-number column it is read
 * as a thousands separator (a count cannot be 1.234), in a decimal column it is reported. Without a group of
 * three, a lone `.` or `,` is the decimal separator (`12,5`, `1234.5`).
 */
export function parseNumberText(raw: string, wholeNumbers: boolean): NumberRead {
  const text = raw.trim();
  const negative = text.startsWith('-');
  const body = text.replace(/^[-+]/, '');
  const signed = (value: number): NumberRead => ({ kind: 'number', value: negative ? -value : value });
  if (PLAIN.test(body)) return signed(Number(body));
  if (DUTCH_GROUPED_DECIMAL.test(body)) return signed(Number(body.replace(/\./g, '').replace(',', '.')));
  if (INTERNATIONAL_GROUPED_DECIMAL.test(body)) return signed(Number(body.replace(/,/g, '')));
  if (DUTCH_THOUSANDS.test(body)) return signed(Number(body.replace(/\./g, '')));
  if (INTERNATIONAL_THOUSANDS.test(body)) return signed(Number(body.replace(/,/g, '')));
  if (ONE_GROUP.test(body)) {
    const asThousands = Number(body.replace(/[.,]/, ''));
    const asDecimal = Number(body.replace(',', '.'));
    if (wholeNumbers) return signed(asThousands);
    return { kind: 'ambiguous', asDecimal: negative ? -asDecimal : asDecimal, asThousands: negative ? -asThousands : asThousands };
  }
  if (POINT_DECIMAL.test(body)) return signed(Number(body));
  if (COMMA_DECIMAL.test(body)) return signed(Number(body.replace(',', '.')));
  return { kind: 'invalid' };
}

/** A value column's cell: XLSX numbers as they are, text through `parseNumberText`, missing tokens as missing. */
export function readNumber(cell: RawCell, wholeNumbers: boolean): NumberRead {
  if (isBroken(cell)) return { kind: 'broken', cell };
  const token = missingToken(cell);
  if (token !== null) return { kind: 'missing', token };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'invalid' };
  if (typeof cell === 'string') return parseNumberText(cell, wholeNumbers);
  return { kind: 'invalid' };
}

/** A cell as trimmed text (XLSX numbers as digits), or null when empty. */
export function readText(cell: RawCell): string | null {
  if (cell === null || isBroken(cell)) return null;
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell.trim();
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'boolean') return null;
  return null;
}

/** An ISO date `YYYY-MM-DD` that exists in the calendar; an XLSX date cell counts by its calendar day. */
export function readIsoDate(cell: RawCell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text ? text : null;
}

/** A year 1900–2100, as a number cell or four digits. */
export function readYear(cell: RawCell): number | null {
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2100 ? year : null;
}
