import { annualPeriod, tryParsePeriod } from '@koers/indicators';
import { PeriodSpan } from './municipal.types';

/**
 * Period codes of municipal figures, in CBS style so the indicator library treats them like CBS figures:
 * - a stock counted on a day (vacancy `peildatum`, employment with `peildatum`) belongs to the year of that day,
 *   `YYYYJJ00`, with start = end = the day (the code is annual so progress methods use it; the dates keep the day);
 * - employment `jaar` without a peildatum: `YYYYJJ00`, 1 January to 31 December;
 * - jobseekers `periode` as given: `YYYYJJ00`, `YYYYKW01`–`KW04` or `YYYYMM01`–`MM12`, with their calendar dates.
 */
export function periodOfDay(isoDate: string): PeriodSpan {
  return { code: annualPeriod(Number(isoDate.slice(0, 4))), start: isoDate, end: isoDate };
}

export function periodOfYear(year: number): PeriodSpan {
  return { code: annualPeriod(year), start: `${year}-01-01`, end: `${year}-12-31` };
}

/** A CBS year, quarter or month code with its calendar dates, or null for anything else (other CBS kinds and years
 * outside 1900–2100 are not accepted here). */
export function parseUploadPeriod(raw: string): PeriodSpan | null {
  const period = tryParsePeriod(raw.trim().toUpperCase());
  if (period === null || period.startDate === null || period.endDate === null) return null;
  if (!['year', 'quarter', 'month'].includes(period.kind) || period.year < 1900 || period.year > 2100) return null;
  return { code: period.code, start: period.startDate, end: period.endDate };
}
