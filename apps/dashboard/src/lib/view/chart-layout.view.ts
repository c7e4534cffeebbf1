import type { ChartModel, ChartPoint, ChartSeries } from './chart-model.view';
import type { ChartSeriesKind, SeriesStyle } from './chart-palette.view';
import { ValueAxis, valueAxis, yearTicks } from './axis-ticks.view';

// Where everything in the chart goes. x is a percentage of the plot's width, y in pixels from its top: the SVG is
// drawn without a viewBox, so it fills any width and its text and markers keep their size (no client JavaScript
// measures anything, and a 390 px phone gets the same 12 px labels as a desktop).

export interface LayoutOptions {
  readonly height: number;
  readonly top: number;
  /** Room under the plot for the year labels. */
  readonly bottom: number;
  /** Space left and right of the first and last year, as a percentage of the width. */
  readonly padPercent: number;
  readonly maxValueTicks: number;
  /** At most this many year labels on a narrow screen, and on a wide one. */
  readonly narrowYearLabels: number;
  readonly wideYearLabels: number;
  /**
   * The smallest stretch of values the axis covers: figures that differ only beyond the decimals they are published
   * in then draw as the flat line they are, not as a steep one. None by default.
   */
  readonly minSpan?: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  height: 300,
  top: 24,
  bottom: 28,
  padPercent: 4,
  maxValueTicks: 6,
  narrowYearLabels: 5,
  wideYearLabels: 12,
};

/** A stretch of line between two figures. */
export interface PlotSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** One of its ends is voorbeelddata: drawn dashed. */
  readonly demo: boolean;
  /** Years without a figure lie between its ends: only a thin connector, no implied yearly line. */
  readonly gap: boolean;
}

export interface PlotMarker {
  readonly x: number;
  readonly y: number;
  readonly point: ChartPoint;
}

export interface PlotSeries {
  readonly key: string;
  readonly kind: ChartSeriesKind;
  readonly style: SeriesStyle;
  readonly segments: readonly PlotSegment[];
  /** Empty for computed lines (target path, band), which have no figures of their own. */
  readonly markers: readonly PlotMarker[];
}

export interface PlotLayout {
  readonly height: number;
  readonly plotBottom: number;
  readonly axis: ValueAxis;
  readonly valueTicks: readonly { readonly value: number; readonly y: number }[];
  readonly yearTicks: readonly { readonly year: number; readonly x: number; readonly narrow: boolean; readonly wide: boolean }[];
  readonly series: readonly PlotSeries[];
  /** The corridor between a band's lower and upper line, per stretch of years. */
  readonly band: readonly { readonly x1: number; readonly x2: number; readonly yTop: number; readonly yBottom: number }[];
  readonly breaks: readonly { readonly year: number; readonly x: number; readonly text: string }[];
}

interface Scales {
  readonly x: (year: number) => number;
  readonly y: (value: number) => number;
  /** Every line covers the same single year. */
  readonly single: boolean;
}

function scales(model: ChartModel, axis: ValueAxis, options: LayoutOptions): Scales & { first: number; last: number } {
  const years = model.series.flatMap((s) => s.points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const width = 100 - 2 * options.padPercent;
  const plotHeight = options.height - options.top - options.bottom;
  return {
    first,
    last,
    single: first === last,
    x: (year) => (last === first ? 50 : options.padPercent + ((year - first) / (last - first)) * width),
    y: (value) => options.top + ((axis.max - value) / (axis.max - axis.min)) * plotHeight,
  };
}

/** True when a break of the own series lies after `a` and at or before `b`. */
function breakBetween(model: ChartModel, series: ChartSeries, a: ChartPoint, b: ChartPoint): boolean {
  if (b.breakBefore) return true;
  return series.kind === 'own' && model.breaks.some((br) => br.year > a.year && br.year <= b.year);
}

/** The line of one series: never across a break (the rule marks it), thin over years without a figure. */
function segments(model: ChartModel, series: ChartSeries, s: Scales): PlotSegment[] {
  const only = series.points.length === 1 ? series.points[0]! : null;
  if (only && series.style.marker === null) {
    // A computed line of one year (a corridor that starts in the latest year) would have nothing to draw.
    const [x, y, half] = [s.x(only.year), s.y(only.value), s.single ? 8 : 2];
    return [{ x1: x - half, y1: y, x2: x + half, y2: y, demo: false, gap: false }];
  }
  const out: PlotSegment[] = [];
  for (let i = 1; i < series.points.length; i += 1) {
    const [a, b] = [series.points[i - 1]!, series.points[i]!];
    if (breakBetween(model, series, a, b)) continue;
    out.push({ x1: s.x(a.year), y1: s.y(a.value), x2: s.x(b.year), y2: s.y(b.value), demo: a.demo || b.demo, gap: b.year - a.year > 1 });
  }
  return out;
}

function plotSeries(model: ChartModel, series: ChartSeries, s: Scales): PlotSeries {
  const markers = series.style.marker === null ? [] : series.points.map((point) => ({ x: s.x(point.year), y: s.y(point.value), point }));
  return { key: series.key, kind: series.kind, style: series.style, segments: segments(model, series, s), markers };
}

function bandAreas(model: ChartModel, s: Scales): PlotLayout['band'] {
  const lower = new Map(model.series.find((x) => x.kind === 'band-lower')?.points.map((p) => [p.year, p.value]));
  const upper = model.series.find((x) => x.kind === 'band-upper')?.points ?? [];
  const first = upper[0];
  if (upper.length === 1 && first && lower.has(first.year)) {
    // A corridor of one year is drawn as wide as its one-year strokes (see `segments`).
    const half = s.single ? 8 : 2;
    return [{ x1: s.x(first.year) - half, x2: s.x(first.year) + half, yTop: s.y(first.value), yBottom: s.y(lower.get(first.year)!) }];
  }
  return upper.slice(1).flatMap((b, i) => {
    const a = upper[i]!;
    const low = lower.get(a.year);
    if (low === undefined || !lower.has(b.year)) return [];
    return [{ x1: s.x(a.year), x2: s.x(b.year), yTop: s.y(a.value), yBottom: s.y(low) }];
  });
}

function yearLabels(first: number, last: number, s: Scales, options: LayoutOptions): PlotLayout['yearTicks'] {
  const narrow = new Set(yearTicks(first, last, options.narrowYearLabels));
  const wide = new Set(yearTicks(first, last, options.wideYearLabels));
  return [...new Set([...narrow, ...wide])]
    .sort((a, b) => a - b)
    .map((year) => ({ year, x: s.x(year), narrow: narrow.has(year), wide: wide.has(year) }));
}

/** The values with two more, around their middle, when they span less than `minSpan` (never below 0 for figures ≥ 0). */
export function widened(values: readonly number[], minSpan: number): readonly number[] {
  const [min, max] = [Math.min(...values), Math.max(...values)];
  if (values.length === 0 || max - min >= minSpan) return values;
  const low = min >= 0 ? Math.max(0, (min + max) / 2 - minSpan / 2) : (min + max) / 2 - minSpan / 2;
  return [...values, low, low + minSpan];
}

/** Where every line, marker, tick, band and break of the chart goes. Null when there is nothing to draw. */
export function plotLayout(model: ChartModel, options: LayoutOptions = DEFAULT_LAYOUT): PlotLayout | null {
  if (model.series.length === 0) return null;
  const axis = valueAxis(
    widened(
      model.series.flatMap((series) => series.points.map((p) => p.value)),
      options.minSpan ?? 0,
    ),
    options.maxValueTicks,
  );
  const s = scales(model, axis, options);
  // A break sits between the year before it and its first year.
  const clamp = (x: number) => Math.min(100, Math.max(0, x));
  return {
    height: options.height,
    plotBottom: options.height - options.bottom,
    axis,
    valueTicks: axis.ticks.map((value) => ({ value, y: s.y(value) })),
    yearTicks: yearLabels(s.first, s.last, s, options),
    series: model.series.map((series) => plotSeries(model, series, s)),
    band: bandAreas(model, s),
    breaks: model.breaks.map((b) => ({ year: b.year, x: clamp(s.x(b.year - 0.5)), text: b.text })),
  };
}
