import { isAnnualPeriod } from '../periods/period-code';
import type { Series, SeriesPoint } from '../types/series.types';

/** The series as it stood at the end of a report year: no figure of a later period. */
export function cutAtYear(series: Series, year: number): Series {
  return { region: series.region, points: series.points.filter((p) => p.year <= year) };
}

/** The figure a report shows for its year, and the one before it to compare with. */
export interface ReportFigures {
  /** The figure of the report year, or the last one before it (its own year says which). */
  readonly latest: SeriesPoint | null;
  /** The last earlier figure: the year before for yearly series, the previous round for two- or four-yearly ones. */
  readonly previous: SeriesPoint | null;
}

/**
 * The one rule for "the latest figure" (cards, pages, reports): yearly figures with a value up to a year (all by
 * default), real ones before voorbeelddata (which are shown, marked, only when there is nothing real). "Jaar
 * ervoor" is the last earlier figure, whatever the gap.
 */
export function reportFigures(series: Series, year: number = Number.POSITIVE_INFINITY): ReportFigures {
  const valued = cutAtYear(series, year)
    .points.filter((p) => isAnnualPeriod(p.period) && p.value !== null)
    .sort((a, b) => a.year - b.year);
  const real = valued.filter((p) => p.demo !== true);
  const pool = real.length > 0 ? real : valued;
  return { latest: pool.at(-1) ?? null, previous: pool.at(-2) ?? null };
}
