import type { GuardCode } from '../../types/progress.types';
import type { YearPoint } from '../../types/series.types';
import { fittedAt, leastSquares } from './statistics.progress';

/** Default number of latest yearly points the least-squares trend is fitted over. */
export const NOISE_GUARD_WINDOW = 5;
/** Fewer points than this in the window: no trend (a line through two points is just those points). */
export const NOISE_GUARD_MIN_POINTS = 3;

/** The points with the latest value replaced by the trend value, and what happened. */
export interface TrendGuardResult {
  readonly points: readonly YearPoint[];
  readonly applied: boolean;
  readonly rawValue: number | null;
  readonly trendValue: number | null;
  readonly guards: readonly GuardCode[];
}

/**
 * Noise guard: fits a least-squares line through the last `window` yearly points from `fromYear` on and replaces
 * the latest value by the line's value in the latest year. One noisy year then moves the judged value by only its
 * leverage (for 5 equally spaced points 1/5 + 2²/10 = 0.6 of the deviation), and a point earlier in the window by
 * less. With fewer than {@link NOISE_GUARD_MIN_POINTS} points the series is used as published.
 */
export function applyTrendGuard(points: readonly YearPoint[], fromYear: number, window: number = NOISE_GUARD_WINDOW): TrendGuardResult {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1);
  const inWindow = sorted.filter((p) => p.year >= fromYear).slice(-window);
  if (latest === undefined || inWindow.length < NOISE_GUARD_MIN_POINTS || window < NOISE_GUARD_MIN_POINTS) {
    const guards: GuardCode[] = latest === undefined ? [] : ['noise-guard-skipped'];
    return { points: sorted, applied: false, rawValue: latest?.value ?? null, trendValue: null, guards };
  }
  const fit = leastSquares(inWindow.map((p) => ({ x: p.year, y: p.value })));
  if (fit === null) {
    return { points: sorted, applied: false, rawValue: latest.value, trendValue: null, guards: ['noise-guard-skipped'] };
  }
  const trendValue = fittedAt(fit, latest.year);
  const guarded = [...sorted.slice(0, -1), { ...latest, value: trendValue }];
  return { points: guarded, applied: true, rawValue: latest.value, trendValue, guards: ['noise-guard-trend'] };
}
