import { IndicatorError } from '../compute/indicator.exception';

/**
 * CBS period codes, the one period vocabulary of Koers: `YYYY` + two-character kind + two-digit index
 * (`2024JJ00`, `2024KW01`, `2024MM06`), or a day `YYYYMMDD`. Every figure is stored under such a code, whether it
 * came from CBS OData, a StatLine export, a third-party file or a municipal upload.
 *
 * Start and end dates are given only where CBS documents the calendar (year, half-year, quarter, month, school
 * year, day). For weeks, four-week periods, rolling and multi-year averages and "no official division" the
 * anchoring is not documented, so the dates are null rather than guessed.
 */
export type PeriodKind =
  | 'year'
  | 'half-year'
  | 'quarter'
  | 'month'
  | 'school-year'
  | 'week'
  | 'four-week'
  | 'rolling-year'
  | 'rolling-months'
  | 'three-month-average'
  | 'multi-year-average'
  | 'no-division'
  | 'day';

/** A parsed period code. */
export interface Period {
  /** The trimmed code. */
  readonly code: string;
  readonly kind: PeriodKind;
  readonly year: number;
  /** The two characters after the year ('JJ', 'KW', 'G3', 'X0', …); 'DD' for a day. */
  readonly kindCode: string;
  /** The last two digits (quarter, month, half, week number …); for a day, the day of the month. */
  readonly index: number;
  /** ISO dates (YYYY-MM-DD), inclusive; null where CBS does not document the calendar. */
  readonly startDate: string | null;
  readonly endDate: string | null;
}

const PERIOD_PATTERN = /^(\d{4})([A-Z][A-Z0-9])(\d{2})$/;
const DAY_PATTERN = /^(\d{4})(\d{2})(\d{2})$/;

/** The parsed period, or null for anything that is not a valid CBS period code. */
export function tryParsePeriod(raw: string): Period | null {
  const code = raw.trim();
  const day = DAY_PATTERN.exec(code);
  if (day) return parseDay(code, Number(day[1]), Number(day[2]), Number(day[3]));
  const match = PERIOD_PATTERN.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const kindCode = match[2]!;
  const index = Number(match[3]);
  const kind = kindOf(kindCode);
  if (kind === null || !indexIsValid(kind, kindCode, index)) return null;
  const [startDate, endDate] = datesOf(kind, year, index);
  return { code, kind, year, kindCode, index, startDate, endDate };
}

/** The parsed period; throws `INVALID_PERIOD` naming the code otherwise. */
export function parsePeriod(raw: string): Period {
  const period = tryParsePeriod(raw);
  if (period === null) throw new IndicatorError('INVALID_PERIOD', `Not a CBS period code: ${JSON.stringify(raw)}`);
  return period;
}

/** True for a CBS period code of the `YYYY` + kind + index form (`2024JJ00`, `2024MM06`; not a day). */
export function isPeriodCode(code: string): boolean {
  return PERIOD_PATTERN.test(code);
}

/** The year of a CBS period code. Throws `INVALID_PERIOD` for anything else. */
export function periodYear(code: string): number {
  const match = PERIOD_PATTERN.exec(code);
  if (match === null) throw new IndicatorError('INVALID_PERIOD', `Not a CBS period code: "${code}"`);
  return Number(match[1]);
}

/** True for a yearly period (`JJ00`). */
export function isAnnualPeriod(code: string): boolean {
  return isPeriodCode(code) && code.slice(4) === 'JJ00';
}

/** The same sub-period `years` later (negative = earlier): `2024MM06`, −1 → `2023MM06`. */
export function shiftPeriodYear(code: string, years: number): string {
  return `${periodYear(code) + years}${code.slice(4)}`;
}

/** The yearly period code of a year: 2024 → `2024JJ00`. */
export function annualPeriod(year: number): string {
  return `${year}JJ00`;
}

/** The code of a quarter (1–4) or month (1–12) of a year: (2024, 'quarter', 2) → `2024KW02`. */
export function subYearPeriod(year: number, kind: 'quarter' | 'month', index: number): string {
  return `${year}${kind === 'quarter' ? 'KW' : 'MM'}${String(index).padStart(2, '0')}`;
}

/** Orders period codes by year, then by code. */
export function comparePeriods(a: string, b: string): number {
  const byYear = periodYear(a) - periodYear(b);
  if (byYear !== 0) return byYear;
  return a < b ? -1 : a > b ? 1 : 0;
}

function kindOf(kindCode: string): PeriodKind | null {
  switch (kindCode) {
    case 'JJ':
      return 'year';
    case 'HJ':
      return 'half-year';
    case 'KW':
      return 'quarter';
    case 'MM':
      return 'month';
    case 'SJ':
      return 'school-year';
    case 'W1':
      return 'week';
    case 'W4':
      return 'four-week';
    case 'VJ':
      return 'rolling-year';
    case 'VS':
      return 'rolling-months';
    case 'M3':
      return 'three-month-average';
    case 'G2':
    case 'G3':
    case 'G4':
    case 'G5':
      return 'multi-year-average';
    default:
      return kindCode.startsWith('X') ? 'no-division' : null;
  }
}

function indexIsValid(kind: PeriodKind, kindCode: string, index: number): boolean {
  switch (kind) {
    case 'year':
    case 'school-year':
      return index === 0;
    case 'half-year':
      return index >= 1 && index <= 2;
    case 'quarter':
      return index >= 1 && index <= 4;
    case 'month':
      return index >= 1 && index <= 12;
    case 'week':
      return index >= 1 && index <= 53;
    case 'four-week':
      return index >= 1 && index <= 13;
    case 'rolling-year':
    case 'rolling-months':
    case 'three-month-average':
    case 'multi-year-average':
      return true;
    case 'no-division':
      return kindCode.length === 2;
    case 'day':
      return false;
    default:
      return assertNever(kind);
  }
}

function datesOf(kind: PeriodKind, year: number, index: number): [string | null, string | null] {
  switch (kind) {
    case 'year':
      return [isoDate(year, 1, 1), isoDate(year, 12, 31)];
    case 'half-year':
      return monthSpan(year, (index - 1) * 6 + 1, 6);
    case 'quarter':
      return monthSpan(year, (index - 1) * 3 + 1, 3);
    case 'month':
      return monthSpan(year, index, 1);
    // School, building or harvest year: August of the year to July of the next.
    case 'school-year':
      return [isoDate(year, 8, 1), isoDate(year + 1, 7, 31)];
    default:
      return [null, null];
  }
}

function parseDay(code: string, year: number, month: number, day: number): Period | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = isoDate(year, month, day);
  return { code, kind: 'day', year, kindCode: 'DD', index: day, startDate: date, endDate: date };
}

function monthSpan(year: number, firstMonth: number, months: number): [string, string] {
  const lastMonth = firstMonth + months - 1;
  return [isoDate(year, firstMonth, 1), isoDate(year, lastMonth, daysInMonth(year, lastMonth))];
}

/** Days in a month of the Gregorian calendar (no clock: plain arithmetic). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date `YYYY-MM-DD` (so 2025-02-29 and 0000-01-01 are not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled period kind: ${String(value)}`);
}
