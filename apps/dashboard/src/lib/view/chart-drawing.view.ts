import type { PlotLayout, PlotMarker, PlotSeries } from './chart-layout.view';
import { AXIS_TEXT_COLOR, BAND_FILL, BREAK_COLOR, BREAK_DASH, DEMO_DASH, GRID_COLOR, type SeriesStyle } from './chart-palette.view';
import { node, type SvgNode } from './svg-node.view';

// How the indicator chart is drawn, as SVG nodes (svg-node.view.ts): the page renders them with React, the chart
// image writes them as an SVG document. x is a percentage of the plot's width (the plot has no viewBox, so its text
// and markers keep their size at any width), y in pixels.

const R = 4;
const WHITE = '#ffffff';
const pct = (x: number) => `${x.toFixed(2)}%`;

/** What a figure's marker shows about it. */
export interface MarkerMarks {
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly mixedSources: boolean;
}

const PLAIN: MarkerMarks = { demo: false, provisional: false, mixedSources: false };

export interface PlotTexts {
  /** What the plot shows, for assistive technology (the table beside it has every figure). */
  readonly label: string;
  /** The short label on a break rule. */
  readonly breakLabel: string;
  /** A tick label of the value axis. */
  readonly tick: (value: number) => string;
  /** The hover text of a figure. */
  readonly point: (seriesKey: string, marker: PlotMarker) => string;
}

/**
 * The marker of one figure, drawn around (0, 0). A real figure is filled; voorbeelddata is hollow (white inside),
 * so it never looks like a real figure; a provisional figure is half filled; a figure that combines tables gets a
 * thin ring around it. Benchmarks are squares, the rest circles.
 */
export function markerNodes(shape: NonNullable<SeriesStyle['marker']>, color: string, marks: MarkerMarks): SvgNode[] {
  const half = marks.provisional && !marks.demo;
  const fill = marks.demo || half ? WHITE : color;
  const outline = { fill, stroke: color, strokeWidth: 1.75 };
  return [
    marks.mixedSources && node('circle', { r: R + 3.5, fill: 'none', stroke: color, strokeWidth: 1, 'data-mark': 'mixed-sources' }),
    shape === 'square' ? node('rect', { x: -R, y: -R, width: 2 * R, height: 2 * R, ...outline }) : node('circle', { r: R, ...outline }),
    half &&
      (shape === 'square'
        ? node('rect', { x: -R, y: -R, width: R, height: 2 * R, fill: color })
        : node('path', { d: `M0,${-R} A${R},${R} 0 0 0 0,${R} Z`, fill: color })),
  ].filter((n): n is SvgNode => n !== false);
}

/** A legend sample of a line style (30 × 14), with its marker when the line has figures. */
export function lineSwatchNodes(style: SeriesStyle, marks: MarkerMarks = PLAIN): SvgNode[] {
  return [
    node('line', {
      x1: 1,
      y1: 7,
      x2: 29,
      y2: 7,
      stroke: style.color,
      strokeWidth: style.width,
      strokeDasharray: marks.demo ? DEMO_DASH : (style.dash ?? undefined),
    }),
    style.marker && node('g', { transform: 'translate(15 7)' }, markerNodes(style.marker, style.color, marks)),
  ].filter((n): n is SvgNode => n !== null);
}

/** The legend sample of a break (14 × 14): the dashed rule the plot draws. */
export function breakSwatchNodes(): SvgNode[] {
  return [node('line', { x1: 7, y1: 0, x2: 7, y2: 14, stroke: BREAK_COLOR, strokeWidth: 1.5, strokeDasharray: BREAK_DASH })];
}

/** The width the value axis needs for its longest tick label. */
export function valueAxisWidth(layout: PlotLayout, tick: (value: number) => string): number {
  return Math.max(...layout.valueTicks.map((t) => tick(t.value).length)) * 7 + 12;
}

/** The tick labels of the value axis, right-aligned against the plot at `width`. */
export function valueAxisNodes(layout: PlotLayout, tick: (value: number) => string, width: number): SvgNode[] {
  return layout.valueTicks.map((t) =>
    node(
      'text',
      {
        x: width - 6,
        y: t.y,
        textAnchor: 'end',
        dominantBaseline: 'middle',
        fontSize: 12,
        fill: AXIS_TEXT_COLOR,
        className: 'tabular-nums',
      },
      [tick(t.value)],
    ),
  );
}

function seriesNodes(series: PlotSeries, title: (marker: PlotMarker) => string): SvgNode {
  const { style } = series;
  const lines = series.segments.map((s) =>
    node('line', {
      x1: pct(s.x1),
      y1: s.y1,
      x2: pct(s.x2),
      y2: s.y2,
      stroke: style.color,
      // Over years without a figure only a thin connector: two-yearly figures must not look yearly.
      strokeWidth: s.gap ? 1 : style.width,
      strokeDasharray: s.demo ? DEMO_DASH : (style.dash ?? undefined),
      strokeLinecap: 'round',
      'data-segment': s.gap ? 'gap' : 'line',
      'data-demo': s.demo,
    }),
  );
  const shape = style.marker;
  // A nested svg puts the marker's origin at a percentage of the width, so the marker keeps its shape.
  const markers =
    shape === null
      ? []
      : series.markers.map((m) =>
          node(
            'svg',
            {
              x: pct(m.x),
              y: m.y,
              overflow: 'visible',
              'data-marker': m.point.year,
              'data-demo': m.point.demo,
              'data-provisional': m.point.provisional,
              'data-mixed-sources': m.point.mixedSources,
            },
            [node('title', {}, [title(m)]), ...markerNodes(shape, style.color, m.point)],
          ),
        );
  return node('g', { 'data-series-key': series.key, 'data-kind': series.kind, 'aria-hidden': 'true' }, [...lines, ...markers]);
}

/** Which year labels to write: those for the screen's width (hidden by CSS classes), or those of a wide screen only. */
export type YearLabels = 'responsive' | 'wide';

function yearClass(tick: PlotLayout['yearTicks'][number]): string | undefined {
  if (tick.narrow && tick.wide) return undefined;
  return tick.narrow ? 'md:hidden' : 'max-md:hidden';
}

/**
 * Everything inside the plot: grid, corridor, year labels, break rules (with their own accessible label) and the
 * series. Lines and markers are hidden from assistive technology: the table beside the chart carries every figure.
 */
export function plotNodes(layout: PlotLayout, texts: PlotTexts, yearLabels: YearLabels): SvgNode[] {
  const top = layout.valueTicks.at(-1)?.y ?? 0;
  const years = yearLabels === 'wide' ? layout.yearTicks.filter((t) => t.wide) : layout.yearTicks;
  return [
    node('g', { 'aria-hidden': 'true' }, [
      ...layout.valueTicks.map((t) => node('line', { x1: '0', x2: '100%', y1: t.y, y2: t.y, stroke: GRID_COLOR, strokeWidth: 1 })),
      ...layout.band.map((b) =>
        node('rect', {
          x: pct(b.x1),
          width: pct(b.x2 - b.x1),
          y: b.yTop,
          height: Math.max(0, b.yBottom - b.yTop),
          fill: BAND_FILL,
          'data-band': true,
        }),
      ),
      ...years.map((t) =>
        node(
          'text',
          {
            x: pct(t.x),
            y: layout.height - 8,
            textAnchor: 'middle',
            fontSize: 12,
            fill: AXIS_TEXT_COLOR,
            className: yearLabels === 'wide' ? undefined : yearClass(t),
          },
          [String(t.year)],
        ),
      ),
    ]),
    ...layout.breaks.map((b) =>
      node('g', { role: 'img', 'aria-label': b.text, 'data-break-year': b.year }, [
        node('title', {}, [b.text]),
        node('line', {
          x1: pct(b.x),
          x2: pct(b.x),
          y1: top - 4,
          y2: layout.plotBottom,
          stroke: BREAK_COLOR,
          strokeWidth: 1.5,
          strokeDasharray: BREAK_DASH,
        }),
        node('text', { x: pct(b.x), y: top - 8, textAnchor: 'middle', fontSize: 11, fill: BREAK_COLOR }, [texts.breakLabel]),
      ]),
    ),
    ...layout.series.map((series) => seriesNodes(series, (m) => texts.point(series.key, m))),
  ];
}
