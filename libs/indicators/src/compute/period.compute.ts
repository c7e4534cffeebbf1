import { IndicatorError } from './indicator.exception';

const PERIOD_CODE = /^(\d{4})([A-Z0-9]{2})(\d{2})$/;

/** True for a CBS period code: four-digit year, two-character type, two-digit index (`2024JJ00`, `2024MM06`). */
export function isPeriodCode(code: string): boolean {
  return PERIOD_CODE.test(code);
}

/** The year of a CBS period code. Throws `INVALID_PERIOD` for anything else. */
export function periodYear(code: string): number {
  const match = PERIOD_CODE.exec(code);
  if (match === null) {
    throw new IndicatorError('INVALID_PERIOD', `Not a CBS period code: "${code}"`);
  }
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

/** Orders period codes by year, then by code. */
export function comparePeriods(a: string, b: string): number {
  const byYear = periodYear(a) - periodYear(b);
  if (byYear !== 0) {
    return byYear;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
