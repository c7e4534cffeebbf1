import { CbsPeriodStatus } from './cbs.types';

/**
 * CBS period codes: `YYYY` + two-character kind + two-digit index (`2024JJ00`, `2024KW01`, `2024MM06`), or a day
 * `YYYYMMDD`. Pure functions, no clock.
 *
 * Start and end dates are given only where CBS documents the calendar (year, half-year, quarter, month, school
 * year, day). For weeks, four-week periods, rolling and multi-year averages and "no official division" the
 * anchoring is not documented, so the dates are null rather than guessed.
 */
export type CbsPeriodKind =
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

export interface CbsPeriod {
  /** The trimmed code. */
  code: string;
  kind: CbsPeriodKind;
  year: number;
  /** The two characters after the year ('JJ', 'KW', 'G3', 'X0', …); 'DD' for a day. */
  kindCode: string;
  /** The last two digits (quarter, month, half, week number …); for a day, the day of the month. */
  index: number;
  /** ISO dates (YYYY-MM-DD), inclusive; null where CBS does not document the calendar. */
  startDate: string | null;
  endDate: string | null;
}

const PERIOD_PATTERN = /^(\d{4})([A-Z][A-Z0-9])(\d{2})$/;
const DAY_PATTERN = /^(\d{4})(\d{2})(\d{2})$/;

export function tryParseCbsPeriod(raw: string): CbsPeriod | null {
  const code = raw.trim();
  const day = DAY_PATTERN.exec(code);
  if (day) return parseDay(code, Number(day[1]), Number(day[2]), Number(day[3]));
  const match = PERIOD_PATTERN.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const kindCode = match[2];
  const index = Number(match[3]);
  const kind = kindOf(kindCode);
  if (kind === null || !indexIsValid(kind, kindCode, index)) return null;
  const [startDate, endDate] = datesOf(kind, year, index);
  return { code, kind, year, kindCode, index, startDate, endDate };
}

export function parseCbsPeriod(raw: string): CbsPeriod {
  const period = tryParseCbsPeriod(raw);
  if (period === null) throw new Error(`Not a CBS period code: ${JSON.stringify(raw)}`);
  return period;
}

function kindOf(kindCode: string): CbsPeriodKind | null {
  switch (kindCode) {
    case 'JJ': return 'year';
    case 'HJ': return 'half-year';
    case 'KW': return 'quarter';
    case 'MM': return 'month';
    case 'SJ': return 'school-year';
    case 'W1': return 'week';
    case 'W4': return 'four-week';
    case 'VJ': return 'rolling-year';
    case 'VS': return 'rolling-months';
    case 'M3': return 'three-month-average';
    case 'G2': case 'G3': case 'G4': case 'G5': return 'multi-year-average';
    default: return kindCode.startsWith('X') ? 'no-division' : null;
  }
}

function indexIsValid(kind: CbsPeriodKind, kindCode: string, index: number): boolean {
  switch (kind) {
    case 'year': case 'school-year': return index === 0;
    case 'half-year': return index >= 1 && index <= 2;
    case 'quarter': return index >= 1 && index <= 4;
    case 'month': return index >= 1 && index <= 12;
    case 'week': return index >= 1 && index <= 53;
    case 'four-week': return index >= 1 && index <= 13;
    case 'rolling-year': case 'rolling-months': case 'three-month-average': case 'multi-year-average': return true;
    case 'no-division': return kindCode.length === 2;
    case 'day': return false;
    default: return assertNever(kind);
  }
}

function datesOf(kind: CbsPeriodKind, year: number, index: number): [string | null, string | null] {
  switch (kind) {
    case 'year': return [isoDate(year, 1, 1), isoDate(year, 12, 31)];
    case 'half-year': return monthSpan(year, (index - 1) * 6 + 1, 6);
    case 'quarter': return monthSpan(year, (index - 1) * 3 + 1, 3);
    case 'month': return monthSpan(year, index, 1);
    // School, building or harvest year: August of the year to July of the next.
    case 'school-year': return [isoDate(year, 8, 1), isoDate(year + 1, 7, 31)];
    default: return [null, null];
  }
}

function parseDay(code: string, year: number, month: number, day: number): CbsPeriod | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = isoDate(year, month, day);
  return { code, kind: 'day', year, kindCode: 'DD', index: day, startDate: date, endDate: date };
}

function monthSpan(year: number, firstMonth: number, months: number): [string, string] {
  const lastMonth = firstMonth + months - 1;
  return [isoDate(year, firstMonth, 1), isoDate(year, lastMonth, daysInMonth(year, lastMonth))];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Maps a CBS period Status (v3 `Perioden.Status`, v4 `PeriodenCodes.Status`) onto our three states.
 * Accepts the spellings seen: 'Definitief', 'Voorlopig', 'NaderVoorlopig', 'Nader voorlopig', and English.
 * Returns null for anything else, so the caller can reject rather than guess.
 */
export function mapCbsPeriodStatus(raw: string | null | undefined): CbsPeriodStatus | null {
  if (raw === null || raw === undefined) return null;
  const normal = raw.toLowerCase().replace(/[\s_-]+/g, '');
  switch (normal) {
    case 'definitief': case 'definitive': case 'final': return 'definitive';
    case 'voorlopig': case 'provisional': return 'provisional';
    case 'nadervoorlopig': case 'revisedprovisional': return 'revised-provisional';
    default: return null;
  }
}

/** StatLine marks provisional periods in titles: `2024*` provisional, `2024**` revised provisional. */
export function periodStatusFromTitle(title: string | null | undefined): CbsPeriodStatus | null {
  if (title === null || title === undefined) return null;
  const text = title.trim();
  if (text.endsWith('**')) return 'revised-provisional';
  if (text.endsWith('*')) return 'provisional';
  return null;
}

/** The Status field wins; the title suffix is the fallback. */
export function resolvePeriodStatus(status: string | null | undefined, title: string | null | undefined): CbsPeriodStatus | null {
  return mapCbsPeriodStatus(status) ?? periodStatusFromTitle(title);
}

function assertNever(value: never): never {
  throw new Error(`Unhandled period kind: ${String(value)}`);
}
