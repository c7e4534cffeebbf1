import { PeriodSpan } from './municipal.types';

/**
 * Period codes of municipal figures, in CBS style so the indicator library treats them like CBS figures:
 * - a stock counted on a day (vacancy `peildatum`, employment with `peildatum`) belongs to the year of that day,
 *   `YYYYJJ00`, with start = end = the day (the code is annual so progress methods use it; the dates keep the day);
 * - employment `jaar` without a peildatum: `YYYYJJ00`, 1 January to 31 December;
 * - jobseekers `periode` as given: `YYYYJJ00`, `YYYYKW01`–`KW04` or `YYYYMM01`–`MM12`, with their calendar dates.
 */
export function periodOfDay(isoDate: string): PeriodSpan {
  return { code: `${isoDate.slice(0, 4)}JJ00`, start: isoDate, end: isoDate };
}

export function periodOfYear(year: number): PeriodSpan {
  return { code: `${year}JJ00`, start: `${year}-01-01`, end: `${year}-12-31` };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthSpan(code: string, year: number, first: number, last: number): PeriodSpan {
  return { code, start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}` };
}

/** A CBS year, quarter or month code, or null for anything else (other CBS kinds are not accepted here). */
export function parseUploadPeriod(raw: string): PeriodSpan | null {
  const match = /^(\d{4})(JJ|KW|MM)(\d{2})$/.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[3]);
  const code = `${match[1]}${match[2]}${match[3]}`;
  if (year < 1900 || year > 2100) return null;
  switch (match[2]) {
    case 'JJ':
      return index === 0 ? periodOfYear(year) : null;
    case 'KW':
      return index >= 1 && index <= 4 ? monthSpan(code, year, index * 3 - 2, index * 3) : null;
    default:
      return index >= 1 && index <= 12 ? monthSpan(code, year, index, index) : null;
  }
}

/** Today's date (YYYY-MM-DD) at `now` in the municipality's time zone: the clock is passed in. */
export function todayIn(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
