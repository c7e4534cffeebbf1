import type { LatestValueView, SparkPointView } from '@koers/api-contracts';
import { type Series, type SeriesPoint, isAnnualPeriod, reportFigures } from '@koers/indicators';
import { seriesView } from './indicator.view';

function figureView(point: SeriesPoint | null): LatestValueView | null {
  if (!point || point.value === null) return null;
  return {
    period: point.period,
    year: point.year,
    value: point.value,
    provisional: point.provisional,
    demo: point.demo === true,
    evidence: point.evidence ?? null,
  };
}

/** The latest figure and the one before it, by the one rule of libs/indicators (`reportFigures`). */
export function latestFigures(series: Series): { readonly latest: LatestValueView | null; readonly previous: LatestValueView | null } {
  const { latest, previous } = reportFigures(series);
  return { latest: figureView(latest), previous: figureView(previous) };
}

/** The yearly figures of a sparkline, oldest first, with the marks it draws: voorbeelddata, provisional, a break. */
export function sparklineView(series: Series): SparkPointView[] {
  return seriesView(series, [])
    .filter((p) => isAnnualPeriod(p.period) && p.value !== null)
    .map((p) => ({ year: p.year, value: p.value!, demo: p.demo, provisional: p.provisional, breakBefore: p.breakBefore }));
}
