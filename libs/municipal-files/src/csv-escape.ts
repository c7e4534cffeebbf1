/**
 * CSV export escaping. A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to
 * Excel and LibreOffice (CSV injection: `=cmd|' /C calc'!A0`); such text is prefixed with `'` so it is shown,
 * never run. Plain numbers (`-12,5`) and the lone missing token `-` are left alone: they are no formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*$/;

export function neutralizeCsvFormula(text: string): string {
  if (text.length <= 1 && text !== '=' && text !== '@') return text;
  if (!FORMULA_START.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** One CSV field: neutralised, then quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string | number | null | undefined, delimiter: ',' | ';' = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutralizeCsvFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (without the line break). */
export function csvLine(values: readonly (string | number | null | undefined)[], delimiter: ',' | ';' = ','): string {
  return values.map((value) => csvField(value, delimiter)).join(delimiter);
}
