import type { ComparisonSeries, IndicatorDetailResponse, TrajectoryPoint } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ChartSeriesKind, SeriesStyle, seriesStyle } from './chart-palette.view';
import { YearValue, yearlyValues } from './series.view';

/** One figure in the chart, with the API's marks on it. Computed lines (target path, band) carry no marks. */
export type ChartPoint = YearValue;

/** One named line of the chart: each one the legend names is drawn. */
export interface ChartSeries {
  /** Stable and selector-safe: `own`, `target`, `band-lower`, `band-upper`, `cumulative`, `cmp-<region code>`. */
  readonly key: string;
  readonly label: string;
  readonly kind: ChartSeriesKind;
  readonly style: SeriesStyle;
  readonly points: readonly ChartPoint[];
}

/** Where the own series stops being comparable with its earlier years. */
export interface ChartBreak {
  readonly year: number;
  readonly text: string;
}

export interface ChartModel {
  readonly series: readonly ChartSeries[];
  readonly breaks: readonly ChartBreak[];
  /** True when the series are shown as an index (counts of places of very different size, compared). */
  readonly indexed: boolean;
  /** Which marks occur, so the legend explains only those. */
  readonly marks: { readonly demo: boolean; readonly provisional: boolean; readonly mixedSources: boolean };
}

const L = {
  target: { nl: 'Doelpad', en: 'Target path' },
  cumulative: { nl: 'Cumulatief sinds start', en: 'Cumulative since start' },
  lower: { nl: 'Ondergrens', en: 'Lower bound' },
  upper: { nl: 'Bovengrens', en: 'Upper bound' },
} as const;

export function computed(year: number, value: number): ChartPoint {
  return { year, value, demo: false, provisional: false, mixedSources: false, sources: [], breakBefore: false, suspect: false };
}

export function line(key: string, label: string, kind: ChartSeriesKind, points: readonly ChartPoint[], comparisonIndex = 0): ChartSeries {
  return { key, label, kind, style: seriesStyle(kind, comparisonIndex), points };
}

/** The target path, or for a corridor its lower and upper bound (each only where the target sets it). */
export function targetPathLines(path: readonly TrajectoryPoint[], lang: Lang): ChartSeries[] {
  if (path[0]?.basis === 'band') {
    const lower = path.flatMap((p) => (p.lower === null ? [] : [computed(p.year, p.lower)]));
    const upper = path.flatMap((p) => (p.upper === null ? [] : [computed(p.year, p.upper)]));
    return [line('band-lower', L.lower[lang], 'band-lower', lower), line('band-upper', L.upper[lang], 'band-upper', upper)].filter(
      (s) => s.points.length > 0,
    );
  }
  const level = path.flatMap((p) => (p.value === null ? [] : [computed(p.year, p.value)]));
  return level.length > 0 ? [line('target', L.target[lang], 'target', level)] : [];
}

/**
 * A cumulative target is a total, so the running total of the yearly figures since its start is drawn beside it.
 * A total that includes voorbeelddata is voorbeelddata from there on.
 */
export function cumulativeLine(
  path: readonly TrajectoryPoint[],
  baseYear: number | null,
  own: readonly ChartPoint[],
  lang: Lang,
): ChartSeries | null {
  if (path[0]?.basis !== 'cumulative') return null;
  const from = baseYear ?? path[0].year;
  let total = 0;
  let demo = false;
  const points = own
    .filter((p) => p.year >= from)
    .map((p) => {
      total += p.value;
      demo ||= p.demo;
      return { ...p, value: total, demo };
    });
  return points.length > 0 ? line('cumulative', L.cumulative[lang], 'cumulative', points) : null;
}

function comparisonLines(comparisons: readonly ComparisonSeries[]): ChartSeries[] {
  return comparisons.map((c, index) =>
    line(
      `cmp-${c.region.code}`,
      c.region.name ?? c.region.code,
      c.role === 'benchmark' ? 'benchmark' : 'peer',
      yearlyValues(c.series),
      index,
    ),
  );
}

/** A series as an index: its first non-zero figure = 100 (one decimal). */
function asIndex(series: ChartSeries): ChartSeries {
  const base = series.points.find((p) => p.value !== 0)?.value;
  if (base === undefined) return { ...series, points: [] };
  return { ...series, points: series.points.map((p) => ({ ...p, value: Math.round((p.value / base) * 1000) / 10 })) };
}

/**
 * What the indicator chart draws: the region's own figures, the target path or corridor (for a cumulative target
 * also the running total), and when asked the peers and benchmarks. Counts compared with other places are shown
 * as an index, without the target (which is in the indicator's own unit). Every figure keeps its marks
 * (voorbeelddata, provisional, mixed sources, break), so none looks like what it is not.
 */
export function chartModel(detail: IndicatorDetailResponse, lang: Lang, comparisons: readonly ComparisonSeries[]): ChartModel {
  const ownPoints = yearlyValues(detail.series);
  const own = line('own', detail.region.name ?? detail.region.code, 'own', ownPoints);
  const others = comparisonLines(comparisons).filter((s) => s.points.length > 0);
  const indexed = others.length > 0 && detail.indicator.unit === 'count';
  const cumulative = cumulativeLine(detail.trajectory, detail.target?.baseYear ?? null, ownPoints, lang);
  const all = indexed
    ? [own, ...others].map(asIndex).filter((s) => s.points.length > 0)
    : [own, ...targetPathLines(detail.trajectory, lang), ...(cumulative ? [cumulative] : []), ...others];
  const series = all.filter((s) => s.points.length > 0);
  const points = series.flatMap((s) => s.points);
  return {
    series,
    breaks: detail.breaks.map((b) => ({ year: b.year, text: b.text })),
    indexed,
    marks: {
      demo: points.some((p) => p.demo),
      provisional: points.some((p) => p.provisional),
      mixedSources: points.some((p) => p.mixedSources),
    },
  };
}
