import { lineSwatchNodes, type MarkerMarks, markerNodes } from '../../lib/view/chart-drawing.view';
import type { SeriesStyle } from '../../lib/view/chart-palette.view';
import { SvgNodes } from './svg-nodes';

/** A legend sample of a line style, with its marker when the line has figures. */
export function LineSwatch({ style, marks }: { style: SeriesStyle; marks?: MarkerMarks }) {
  return (
    <svg width={30} height={14} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
      <SvgNodes nodes={lineSwatchNodes(style, marks)} />
    </svg>
  );
}

/** The marker of one figure, drawn around (0, 0) (see `markerNodes`). */
export function MarkerShape({ shape, color, marks }: { shape: NonNullable<SeriesStyle['marker']>; color: string; marks: MarkerMarks }) {
  return <SvgNodes nodes={markerNodes(shape, color, marks)} />;
}
