import { isAnnualPeriod } from '../../periods/period-code';
import { latestBoundaryChange } from '../../regions/boundary-changes.data';
import type { GuardCode } from '../../types/progress.types';
import type { Series, SeriesPoint, YearPoint } from '../../types/series.types';

/** The yearly points a judgement may use, and what was left out and why. */
export interface JudgedPoints {
  /** Real yearly points with a value, from the start of the comparable stretch on, oldest first. */
  readonly points: readonly YearPoint[];
  /** The original points behind `points`, for their markers (suspect, definitions). */
  readonly sources: ReadonlyMap<string, SeriesPoint>;
  /** Yearly points with a value from illustrative files: shown, never judged. */
  readonly demoCount: number;
  /** The first year of the comparable stretch when earlier years were cut off; null when none were. */
  readonly comparableFrom: number | null;
  readonly guards: readonly GuardCode[];
}

function signature(point: SeriesPoint): string {
  return [...(point.definitions ?? [])].sort().join('+');
}

/** The first index of the stretch at the end of `points` whose definitions all equal the latest's. */
function definitionStretchStart(points: readonly SeriesPoint[]): number {
  let start = points.length - 1;
  while (start > 0 && signature(points[start - 1]!) === signature(points[points.length - 1]!)) start -= 1;
  return Math.max(0, start);
}

/**
 * Selects what a judgement rests on: yearly points (monthly and quarterly ones are shown, not judged), real ones
 * only (voorbeelddata never count), with a value, and only the comparable stretch at the end: a change of
 * definition between sources, or of the area's boundaries, starts a new stretch rather than being spliced.
 */
export function judgedPoints(series: Series): JudgedPoints {
  const guards: GuardCode[] = [];
  let nonAnnual = false;
  let demoCount = 0;
  const real: SeriesPoint[] = [];
  for (const point of series.points) {
    if (!isAnnualPeriod(point.period)) {
      nonAnnual = nonAnnual || point.value !== null;
    } else if (point.value !== null && point.demo === true) {
      demoCount += 1;
    } else if (point.value !== null) {
      real.push(point);
    }
  }
  if (nonAnnual) guards.push('non-annual-periods-ignored');
  if (demoCount > 0) guards.push(real.length > 0 ? 'demo-data-ignored' : 'only-demo-data');
  real.sort((a, b) => a.year - b.year);
  let start = real.length === 0 ? 0 : definitionStretchStart(real);
  if (start > 0) guards.push('series-break');
  const boundary = real.length === 0 ? null : latestBoundaryChange(series.region, real.at(-1)!.year);
  if (boundary !== null) {
    const first = real.findIndex((p) => p.year >= boundary);
    if (first > start) {
      start = first;
      guards.push('boundary-change');
    }
  }
  const kept = real.slice(start);
  return {
    points: kept.map((p) => ({ period: p.period, year: p.year, value: p.value!, provisional: p.provisional })),
    sources: new Map(kept.map((p) => [p.period, p])),
    demoCount,
    comparableFrom: start > 0 ? kept[0]!.year : null,
    guards,
  };
}
