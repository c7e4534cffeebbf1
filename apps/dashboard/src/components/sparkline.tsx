import type { YearValue } from '../lib/view/series.view';

/** A small server-rendered line (no client JavaScript); decorative: the value and status beside it say it in words. */
export function Sparkline({ points, width = 120, height = 32 }: { points: readonly YearValue[]; width?: number; height?: number }) {
  if (points.length < 2) return <span className="inline-block text-tremor-label text-tremor-content" style={{ width }} aria-hidden="true" />;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => 2 + (i * (width - 4)) / (points.length - 1);
  const y = (v: number) => (max === min ? height / 2 : 2 + ((max - v) * (height - 4)) / (max - min));
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join('');
  const last = points.at(-1)!;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false" className="overflow-visible">
      <path d={path} fill="none" stroke="#0f766e" strokeWidth={2} />
      <circle cx={x(points.length - 1)} cy={y(last.value)} r={3} fill={last.provisional ? 'white' : '#0f766e'} stroke="#0f766e" strokeWidth={1.5} />
    </svg>
  );
}
