import type { SparkPointView } from '@koers/api-contracts';
import { DEMO_DASH, seriesStyle } from '../lib/view/chart-palette.view';
import { MarkerShape } from './chart/chart-marker';

const STYLE = seriesStyle('own');

/**
 * A small server-rendered line (no client JavaScript); decorative: the value and status beside it say it in
 * words. Drawn with the chart's marks: voorbeelddata dashed with a hollow end, a provisional end half filled.
 */
export function Sparkline({ points, width = 120, height = 32 }: { points: readonly SparkPointView[]; width?: number; height?: number }) {
  // An empty space as wide as a line would be (an SVG's width attribute: the Content-Security-Policy refuses style attributes).
  if (points.length < 2) return <svg width={width} height={1} className="inline-block" aria-hidden="true" focusable="false" />;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const first = points[0]!.year;
  const span = Math.max(1, points.at(-1)!.year - first);
  // By year, not by index: two-yearly figures keep their spacing.
  const x = (year: number) => 6 + ((year - first) * (width - 12)) / span;
  const y = (v: number) => (max === min ? height / 2 : 6 + ((max - v) * (height - 12)) / (max - min));
  const last = points.at(-1)!;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="overflow-visible">
      {points.slice(1).map((b, i) => {
        const a = points[i]!;
        if (b.breakBefore) return null;
        return (
          <line
            key={b.year}
            x1={x(a.year)}
            y1={y(a.value)}
            x2={x(b.year)}
            y2={y(b.value)}
            stroke={STYLE.color}
            strokeWidth={b.year - a.year > 1 ? 1 : 2}
            strokeDasharray={a.demo || b.demo ? DEMO_DASH : undefined}
          />
        );
      })}
      <g transform={`translate(${x(last.year)} ${y(last.value)})`}>
        <MarkerShape shape="circle" color={STYLE.color} marks={{ ...last, mixedSources: false }} />
      </g>
    </svg>
  );
}
