import { PG_EPOCH_DAYS, civilFromDays, isInfiniteDate, isInfiniteTimestamp, timestampDayTime } from './pg-binary.values';

// Binary COPY values written as the text PostgreSQL itself gives them (`numeric::text`, `int4::text`,
// `bool::text`, `to_char(date, 'YYYY-MM-DD')`, `to_char(timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
// as ASCII bytes straight into an output buffer. Each writer returns the position after what it wrote; the
// caller reserves the room first (see the `…Bound` functions and MAX_FIXED_TEXT).

const ZERO = 0x30;
const MINUS = 0x2d;

/** Room enough for any int4, bool, date or timestamp text. */
export const MAX_FIXED_TEXT = 32;

const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');

function writeAscii(out: Uint8Array, at: number, text: Uint8Array): number {
  out.set(text, at);
  return at + text.length;
}

/** `value` (0 ≤ value < 10^width) as exactly `width` digits, zero-padded. */
function writePadded(out: Uint8Array, at: number, value: number, width: number): number {
  for (let i = width - 1; i >= 0; i--) {
    out[at + i] = ZERO + (value % 10);
    value = Math.floor(value / 10);
  }
  return at + width;
}

function digitCount(value: number): number {
  let count = 1;
  for (let limit = 10; value >= limit; limit *= 10) count++;
  return count;
}

/** A non-negative integer without leading zeros. */
function writeUnsigned(out: Uint8Array, at: number, value: number): number {
  return writePadded(out, at, value, digitCount(value));
}

/** `int4::text`. */
export function writeInt4Text(out: Uint8Array, at: number, source: Buffer, start: number): number {
  const value = source.readInt32BE(start);
  if (value < 0) out[at++] = MINUS;
  return writeUnsigned(out, at, Math.abs(value));
}

/** `bool::text`. */
export function writeBoolText(out: Uint8Array, at: number, source: Buffer, start: number): number {
  return writeAscii(out, at, source[start] !== 0 ? TRUE : FALSE);
}

/** `to_char(…, 'YYYY-MM-DD')`: years before 1 AD unsigned (1 BC is 0001), years past 9999 in full. */
function writeDay(out: Uint8Array, at: number, daysSince1970: number): number {
  const { year, month, day } = civilFromDays(daysSince1970);
  const shown = year <= 0 ? 1 - year : year;
  at = writePadded(out, at, shown, shown < 10_000 ? 4 : digitCount(shown));
  out[at++] = MINUS;
  at = writePadded(out, at, month, 2);
  out[at++] = MINUS;
  return writePadded(out, at, day, 2);
}

/** `to_char(date, 'YYYY-MM-DD')`; nothing for ±infinity, whose to_char is NULL. */
export function writeDateText(out: Uint8Array, at: number, source: Buffer, start: number): number {
  const days = source.readInt32BE(start);
  return isInfiniteDate(days) ? at : writeDay(out, at, days + PG_EPOCH_DAYS);
}

/** `to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`; nothing for ±infinity. */
export function writeTimestampText(out: Uint8Array, at: number, source: Buffer, start: number): number {
  if (isInfiniteTimestamp(source, start)) return at;
  const { days, millisOfDay } = timestampDayTime(source, start);
  at = writeDay(out, at, days + PG_EPOCH_DAYS);
  out[at++] = 0x54; // T
  at = writePadded(out, at, Math.floor(millisOfDay / 3_600_000), 2);
  out[at++] = 0x3a; // :
  at = writePadded(out, at, Math.floor(millisOfDay / 60_000) % 60, 2);
  out[at++] = 0x3a;
  at = writePadded(out, at, Math.floor(millisOfDay / 1000) % 60, 2);
  out[at++] = 0x2e; // .
  at = writePadded(out, at, millisOfDay % 1000, 3);
  out[at++] = 0x5a; // Z
  return at;
}

// numeric's binary form: ndigits, weight (of the first base-10000 digit), sign, display scale, then the digits.
const NUMERIC_NEG = 0x4000;
const NUMERIC_SPECIAL: ReadonlyMap<number, Buffer> = new Map([
  [0xc000, Buffer.from('NaN')],
  [0xd000, Buffer.from('Infinity')],
  [0xf000, Buffer.from('-Infinity')],
]);

function writeNumericSpecial(out: Uint8Array, at: number, sign: number): number {
  const text = NUMERIC_SPECIAL.get(sign);
  if (!text) throw new Error(`Unknown numeric sign 0x${sign.toString(16)} in binary COPY`);
  return writeAscii(out, at, text);
}

/** The most bytes {@link writeNumericText} writes for this value (4-digit groups may run 3 past the scale). */
export function numericTextBound(source: Buffer, start: number): number {
  const weight = source.readInt16BE(start + 2);
  const scale = source.readUInt16BE(start + 6);
  return 16 + 4 * Math.max(weight + 1, 0) + scale;
}

/**
 * `numeric::text` (PostgreSQL's get_str_from_var): every integer digit, then exactly the display scale's
 * decimals, so `1016.50` stays `1016.50`. `decimal` is the byte of the decimal mark (`.` or the Dutch `,`).
 */
export function writeNumericText(out: Uint8Array, at: number, source: Buffer, start: number, decimal: number): number {
  const count = source.readInt16BE(start);
  const weight = source.readInt16BE(start + 2);
  const sign = source.readUInt16BE(start + 4);
  const scale = source.readUInt16BE(start + 6);
  if (sign !== 0 && sign !== NUMERIC_NEG) return writeNumericSpecial(out, at, sign);
  const digit = (d: number) => (d >= 0 && d < count ? source.readUInt16BE(start + 8 + 2 * d) : 0);
  if (sign === NUMERIC_NEG) out[at++] = MINUS;
  let d = 0;
  if (weight < 0) {
    out[at++] = ZERO;
    d = weight + 1;
  } else {
    at = writeUnsigned(out, at, digit(0));
    for (d = 1; d <= weight; d++) at = writePadded(out, at, digit(d), 4);
  }
  if (scale === 0) return at;
  out[at++] = decimal;
  const end = at + scale;
  for (; at < end; d++) at = writePadded(out, at, digit(d), 4);
  return end;
}
