import { FORMULA_TRIGGERS, guardFormula } from '@koers/indicators';
// A text field written as CSV byte by byte from its UTF-8 bytes, never decoded into a string. Every byte this
// looks for is ASCII, and no byte of a multi-byte UTF-8 character is, so `ë` or `€` pass through untouched.

const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** The first bytes of text that may start a formula (`FORMULA_TRIGGERS` of the one CSV text rule, all ASCII). */
const FORMULA_START = byteSet(FORMULA_TRIGGERS.map((trigger) => trigger.charCodeAt(0)));

const UTF8 = new TextDecoder();

/** Whether the one CSV text rule (`guardFormula`) puts a `'` before this field: decoded only when it may. */
function guarded(source: Uint8Array, start: number, end: number): boolean {
  if (FORMULA_START[source[start]!] !== 1) return false;
  const text = UTF8.decode(source.subarray(start, end));
  return guardFormula(text) !== text;
}

function byteSet(bytes: readonly number[]): Uint8Array {
  const set = new Uint8Array(256);
  for (const byte of bytes) set[byte] = 1;
  return set;
}

/** The bytes that make a field quoted: the delimiter, `"`, LF and CR. */
export function quoteTriggers(delimiter: string): Uint8Array {
  return byteSet([delimiter.charCodeAt(0), QUOTE, 0x0a, 0x0d]);
}

/** The most bytes {@link writeCsvText} writes for a field of `size` bytes: quotes, a `'`, every byte doubled. */
export function csvTextBound(size: number): number {
  return 2 * size + 3;
}

function writeQuoted(out: Uint8Array, at: number, source: Uint8Array, start: number, end: number, prefixed: boolean): number {
  out[at++] = QUOTE;
  if (prefixed) out[at++] = APOSTROPHE;
  for (let i = start; i < end; i++) {
    const byte = source[i]!;
    if (byte === QUOTE) out[at++] = QUOTE;
    out[at++] = byte;
  }
  out[at++] = QUOTE;
  return at;
}

/**
 * Writes the text field `source[start, start + size)` at `out[at]` and returns the position after it. A field
 * that would start a formula gets a `'` in front (the one CSV text rule, `guardFormula`), so a spreadsheet shows it as text; a field holding a trigger
 * byte is quoted with its quotes doubled. An empty text is written `""`, as PostgreSQL's COPY CSV does, so it
 * stays apart from NULL, which is written as nothing.
 */
export function writeCsvText(out: Uint8Array, at: number, source: Uint8Array, start: number, size: number, triggers: Uint8Array): number {
  if (size === 0) {
    out[at] = QUOTE;
    out[at + 1] = QUOTE;
    return at + 2;
  }
  const end = start + size;
  const prefixed = guarded(source, start, end);
  let next = at;
  if (prefixed) out[next++] = APOSTROPHE;
  // Most fields need no quotes: copy while looking, and start over quoted at the first trigger.
  for (let i = start; i < end; i++) {
    const byte = source[i]!;
    if (triggers[byte] === 1) return writeQuoted(out, at, source, start, end, prefixed);
    out[next++] = byte;
  }
  return next;
}
