import { DEMO_DASH, type SeriesStyle } from '../../lib/view/chart-palette.view';

const R = 4;
const WHITE = '#ffffff';

export interface MarkerMarks {
  readonly demo: boolean;
  readonly provisional: boolean;
  readonly mixedSources: boolean;
}

/**
 * The marker of one figure, drawn around (0, 0). A real figure is filled; voorbeelddata is hollow (white inside),
 * so it never looks like a real figure; a provisional figure is half filled; a figure that combines tables gets
 * a thin ring around it. Benchmarks are squares, the rest circles.
 */
export function MarkerShape({ shape, color, marks }: { shape: NonNullable<SeriesStyle['marker']>; color: string; marks: MarkerMarks }) {
  const half = marks.provisional && !marks.demo;
  const fill = marks.demo || half ? WHITE : color;
  return (
    <>
      {marks.mixedSources && <circle r={R + 3.5} fill="none" stroke={color} strokeWidth={1} data-mark="mixed-sources" />}
      {shape === 'square' ? (
        <rect x={-R} y={-R} width={2 * R} height={2 * R} fill={fill} stroke={color} strokeWidth={1.75} />
      ) : (
        <circle r={R} fill={fill} stroke={color} strokeWidth={1.75} />
      )}
      {half && (shape === 'square' ? <rect x={-R} y={-R} width={R} height={2 * R} fill={color} /> : <path d={`M0,${-R} A${R},${R} 0 0 0 0,${R} Z`} fill={color} />)}
    </>
  );
}

/** A legend sample of a line style, with its marker when the line has figures. */
export function LineSwatch({ style, marks }: { style: SeriesStyle; marks?: MarkerMarks }) {
  const m = marks ?? { demo: false, provisional: false, mixedSources: false };
  return (
    <svg width={30} height={14} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
      <line x1={1} y1={7} x2={29} y2={7} stroke={style.color} strokeWidth={style.width} strokeDasharray={m.demo ? DEMO_DASH : (style.dash ?? undefined)} />
      {style.marker && (
        <g transform="translate(15 7)">
          <MarkerShape shape={style.marker} color={style.color} marks={m} />
        </g>
      )}
    </svg>
  );
}
