import type { MeasureName } from '../types/measure-name.types';
import type { Series, SeriesPoint } from '../types/series.types';
import { IndicatorError } from './indicator.exception';
import { comparePeriods, periodYear } from '../periods/period-code';

/** Input series by measure name. A measure that was never loaded is simply absent. */
export type MeasureSeriesMap = Readonly<Partial<Record<MeasureName, Series>>>;

/** Looks up the point of a measure in a period; `undefined` when there is no observation. */
export type PointLookup = (measure: MeasureName, period: string) => SeriesPoint | undefined;

/** Input series aligned on period: the sorted union of their periods and a lookup into them. */
export interface AlignedInputs {
  readonly periods: readonly string[];
  readonly lookup: PointLookup;
}

function indexSeries(measure: MeasureName, series: Series, region: string): Map<string, SeriesPoint> {
  if (series.region !== region) {
    throw new IndicatorError('REGION_MISMATCH', `${measure} is for ${series.region}, expected ${region}`);
  }
  const byPeriod = new Map<string, SeriesPoint>();
  for (const point of series.points) {
    if (periodYear(point.period) !== point.year) {
      throw new IndicatorError('INVALID_PERIOD', `${measure}: period ${point.period} does not match year ${point.year}`);
    }
    if (byPeriod.has(point.period)) {
      throw new IndicatorError('DUPLICATE_PERIOD', `${measure} has period ${point.period} twice in ${region}`);
    }
    byPeriod.set(point.period, point);
  }
  return byPeriod;
}

/**
 * Aligns the input series of one region by period. Throws `REGION_MISMATCH` when a series is for another region
 * and `DUPLICATE_PERIOD` when a series holds a period twice (which of the two would be right is unknowable).
 */
export function alignInputs(region: string, names: readonly MeasureName[], inputs: MeasureSeriesMap): AlignedInputs {
  const indexes = new Map<MeasureName, Map<string, SeriesPoint>>();
  const periods = new Set<string>();
  for (const name of names) {
    const series = inputs[name];
    if (series === undefined) {
      continue;
    }
    const index = indexSeries(name, series, region);
    index.forEach((_point, period) => periods.add(period));
    indexes.set(name, index);
  }
  return {
    periods: [...periods].sort(comparePeriods),
    lookup: (measure, period) => indexes.get(measure)?.get(period),
  };
}
