import { AXIS_TEXT_COLOR, BAND_FILL, BREAK_COLOR, BREAK_DASH, DEMO_DASH, GRID_COLOR } from '../../lib/view/chart-palette.view';
import type { PlotLayout, PlotMarker, PlotSeries } from '../../lib/view/chart-layout.view';
import { MarkerShape } from './chart-marker';

const pct = (x: number) => `${x.toFixed(2)}%`;

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

function SeriesLine({ series }: { series: PlotSeries }) {
  const { style } = series;
  return (
    <>
      {series.segments.map((s, i) => (
        <line
          key={i}
          x1={pct(s.x1)}
          y1={s.y1}
          x2={pct(s.x2)}
          y2={s.y2}
          stroke={style.color}
          // Over years without a figure only a thin connector: two-yearly figures must not look yearly.
          strokeWidth={s.gap ? 1 : style.width}
          strokeDasharray={s.demo ? DEMO_DASH : (style.dash ?? undefined)}
          strokeLinecap="round"
          data-segment={s.gap ? 'gap' : 'line'}
          data-demo={s.demo}
        />
      ))}
    </>
  );
}

function SeriesMarkers({ series, title }: { series: PlotSeries; title: (marker: PlotMarker) => string }) {
  const shape = series.style.marker;
  if (shape === null) return null;
  return (
    <>
      {series.markers.map((m) => (
        // A nested svg puts the marker's origin at a percentage of the width, so the marker keeps its shape.
        <svg
          key={m.point.year}
          x={pct(m.x)}
          y={m.y}
          overflow="visible"
          data-marker={m.point.year}
          data-demo={m.point.demo}
          data-provisional={m.point.provisional}
          data-mixed-sources={m.point.mixedSources}
        >
          <title>{title(m)}</title>
          <MarkerShape shape={shape} color={series.style.color} marks={m.point} />
        </svg>
      ))}
    </>
  );
}

/** The value axis: tick labels right-aligned against the plot. */
function ValueAxisLabels({ layout, tick, width }: { layout: PlotLayout; tick: (value: number) => string; width: number }) {
  return (
    <svg width={width} height={layout.height} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
      {layout.valueTicks.map((t) => (
        <text key={t.value} x={width - 6} y={t.y} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={AXIS_TEXT_COLOR} className="tabular-nums">
          {tick(t.value)}
        </text>
      ))}
    </svg>
  );
}

/**
 * The plot of the indicator chart as SVG, rendered on the server: no client JavaScript, and it prints as it is.
 * Lines and markers are hidden from assistive technology (the table beside the chart carries every figure);
 * the break rules have their own accessible label.
 */
export function ChartPlot({ layout, texts }: { layout: PlotLayout; texts: PlotTexts }) {
  const axisWidth = Math.max(...layout.valueTicks.map((t) => texts.tick(t.value).length)) * 7 + 12;
  const top = layout.valueTicks.at(-1)?.y ?? 0;
  return (
    <div className="flex">
      <ValueAxisLabels layout={layout} tick={texts.tick} width={axisWidth} />
      <svg width="100%" height={layout.height} role="group" aria-label={texts.label} className="min-w-0 flex-1 overflow-visible" data-testid="chart-plot">
        <g aria-hidden="true">
          {layout.valueTicks.map((t) => (
            <line key={t.value} x1="0" x2="100%" y1={t.y} y2={t.y} stroke={GRID_COLOR} strokeWidth={1} />
          ))}
          {layout.band.map((b, i) => (
            <rect key={i} x={pct(b.x1)} width={pct(b.x2 - b.x1)} y={b.yTop} height={Math.max(0, b.yBottom - b.yTop)} fill={BAND_FILL} data-band />
          ))}
          {layout.yearTicks.map((t) => (
            // Fewer year labels on a narrow screen; every figure keeps its marker.
            <text key={t.year} x={pct(t.x)} y={layout.height - 8} textAnchor="middle" fontSize={12} fill={AXIS_TEXT_COLOR} className={t.narrow && t.wide ? '' : t.narrow ? 'md:hidden' : 'max-md:hidden'}>
              {t.year}
            </text>
          ))}
        </g>
        {layout.breaks.map((b) => (
          <g key={b.year} role="img" aria-label={b.text} data-break-year={b.year}>
            <title>{b.text}</title>
            <line x1={pct(b.x)} x2={pct(b.x)} y1={top - 4} y2={layout.plotBottom} stroke={BREAK_COLOR} strokeWidth={1.5} strokeDasharray={BREAK_DASH} />
            <text x={pct(b.x)} y={top - 8} textAnchor="middle" fontSize={11} fill={BREAK_COLOR}>
              {texts.breakLabel}
            </text>
          </g>
        ))}
        {layout.series.map((series) => (
          <g key={series.key} data-series-key={series.key} data-kind={series.kind} aria-hidden="true">
            <SeriesLine series={series} />
            <SeriesMarkers series={series} title={(m) => texts.point(series.key, m)} />
          </g>
        ))}
      </svg>
    </div>
  );
}
