/** 2000-01-01, PostgreSQL's epoch, in days and in milliseconds since 1970-01-01. */
export const PG_EPOCH_DAYS = 10_957;
export const PG_EPOCH_MS = 946_684_800_000;

/** `date` 'infinity' and '-infinity' in binary form: the int32 extremes. */
export function isInfiniteDate(days: number): boolean {
  return days === 0x7fffffff || days === -0x80000000;
}

/** `timestamptz` 'infinity' and '-infinity' in binary form: the int64 extremes, read as two int32 halves. */
export function isInfiniteTimestamp(source: Buffer, start: number): boolean {
  const high = source.readInt32BE(start);
  const low = source.readUInt32BE(start + 4);
  return (high === 0x7fffffff && low === 0xffffffff) || (high === -0x80000000 && low === 0);
}

/** `a` divided by `b`, rounded down, for integers held exactly in doubles (a float division could round up). */
function floorDivide(a: number, b: number): number {
  const rest = ((a % b) + b) % b;
  return (a - rest) / b;
}

const MICROS_PER_DAY = 86_400_000_000n;

/**
 * A binary `timestamptz` (int64 microseconds since 2000) as whole days since 2000 and the milliseconds into that
 * day, rounded down as PostgreSQL's `to_char(…, 'MS')` does. A double holds the microseconds exactly only within
 * ±2^53 (years 1715–2285); beyond that the int64 is read as a BigInt, so no date loses a millisecond.
 */
export function timestampDayTime(source: Buffer, start: number): { days: number; millisOfDay: number } {
  const high = source.readInt32BE(start);
  if (high >= -0x200000 && high < 0x200000) {
    const millis = floorDivide(high * 4_294_967_296 + source.readUInt32BE(start + 4), 1000);
    const days = floorDivide(millis, 86_400_000);
    return { days, millisOfDay: millis - days * 86_400_000 };
  }
  const micros = source.readBigInt64BE(start);
  const rest = ((micros % MICROS_PER_DAY) + MICROS_PER_DAY) % MICROS_PER_DAY;
  return { days: Number((micros - rest) / MICROS_PER_DAY), millisOfDay: Number(rest / 1000n) };
}

/** A binary `timestamptz` as milliseconds since 2000, rounded down; exact to the year 287,000 (a double's integers). */
export function timestampMillis(source: Buffer, start: number): number {
  const { days, millisOfDay } = timestampDayTime(source, start);
  return days * 86_400_000 + millisOfDay;
}

/** Days since 1970-01-01 as a proleptic Gregorian year, month and day (Howard Hinnant's `civil_from_days`). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
