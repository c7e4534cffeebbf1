/**
 * Characters a spreadsheet reads as the start of a formula when they open a cell (OWASP: CSV injection,
 * `=cmd|' /C calc'!A0`): `=`, `+`, `-`, `@`, tab and carriage return.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)*$/;

/**
 * The one rule of Koers for text in a file a spreadsheet may open (every CSV download, the upload templates): text
 * that would start a formula gets a `'` in front, so it is shown and never run. A plain number written as text
 * (`-12,5`, `+3.25`) and a lone `-` or `+` (CBS's "nil" symbol) start no formula and stay as they are.
 */
export function guardFormula(text: string): string {
  if (text === '' || !FORMULA_TRIGGERS.includes(text[0]!)) return text;
  if (text.length === 1 && text !== '=' && text !== '@') return text;
  return PLAIN_NUMBER.test(text) ? text : `'${text}`;
}

/** One CSV text field: guarded, then quoted (quotes doubled) when it holds the delimiter, a quote or a line end. */
export function csvText(text: string, delimiter: string): string {
  const safe = guardFormula(text);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
