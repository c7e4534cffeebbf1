import { parsePeriod } from '../../periods/period-code';
import type { Frequency } from '../../types/indicator.types';

/**
 * Months after the end of a figure's period by which a newer figure should have been published. CBS publishes
 * yearly figures within about a year; one missed release is allowed before a figure counts as out of date. The
 * health monitor runs every four years, so an irregular figure may be five years old.
 */
export const STALE_AFTER_MONTHS: Readonly<Record<Frequency, number>> = {
  monthly: 3,
  quarterly: 6,
  yearly: 24,
  biennial: 36,
  irregular: 60,
};

function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the figure of `period` is older on `asOf` (YYYY-MM-DD) than the frequency allows. */
export function isStale(period: string, frequency: Frequency, asOf: string): boolean {
  const end = parsePeriod(period).endDate;
  if (end === null) return false;
  return addMonths(end, STALE_AFTER_MONTHS[frequency]) < asOf;
}
