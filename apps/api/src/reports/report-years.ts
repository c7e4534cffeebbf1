import { DEFAULT_BASE_YEAR } from '@koers/indicators';

/**
 * The years a council report exists for: from the base year of the vision's monitor (a report judges progress
 * since then) to the current year (its draft); a year still to come has no figures. The last complete year is what
 * `/rapport` opens.
 */
export interface ReportYearRange {
  readonly first: number;
  readonly last: number;
  readonly lastComplete: number;
}

export function reportYearRange(today: string): ReportYearRange {
  const current = Number(today.slice(0, 4));
  return { first: DEFAULT_BASE_YEAR, last: current, lastComplete: current - 1 };
}

/** The day verdicts of a report are judged on for "verouderd": the end of its year, or its peildatum if earlier. */
export function reportEvaluationDate(year: number, peildatum: string): string {
  const end = `${year}-12-31`;
  return peildatum < end ? peildatum : end;
}
