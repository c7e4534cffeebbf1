import { type MarkerMarks, markerNodes } from '../../lib/view/chart-drawing.view';
import type { SeriesStyle } from '../../lib/view/chart-palette.view';
import { SvgNodes } from './svg-nodes';

/** The marker of one figure, drawn around (0, 0) (see `markerNodes`). */
export function MarkerShape({ shape, color, marks }: { shape: NonNullable<SeriesStyle['marker']>; color: string; marks: MarkerMarks }) {
  return <SvgNodes nodes={markerNodes(shape, color, marks)} />;
}
