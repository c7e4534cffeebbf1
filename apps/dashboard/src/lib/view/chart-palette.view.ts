// The one home of the chart's colours and line styles. The chart draws with these values as SVG attributes, not
// as Tailwind classes: a colour named only in a class string built at run time never reaches the built CSS (that
// is how Drenthe, Nederland and the band's upper line once went undrawn), an attribute always does.
// Every colour has at least 3:1 contrast with white (WCAG 1.4.11, non-text contrast).

/** What a line in the chart is. */
export type ChartSeriesKind = 'own' | 'target' | 'band-lower' | 'band-upper' | 'cumulative' | 'peer' | 'benchmark' | 'previous-edition';

/** How a line is drawn. */
export interface SeriesStyle {
  readonly color: string;
  /** SVG stroke-dasharray; null for a solid line. */
  readonly dash: string | null;
  readonly width: number;
  /** The marker on each figure; null for computed lines (target path, band) that have no figures. */
  readonly marker: 'circle' | 'square' | null;
}

const OWN = '#0f766e'; // teal-700
const TARGET = '#4b5563'; // gray-600
const BAND = '#475569'; // slate-600
const CUMULATIVE = '#047857'; // emerald-700
const PREVIOUS_EDITION = '#92400e'; // amber-800

/** The comparison regions in turn (amber, rose, sky, violet, fuchsia, lime, orange, slate; all -700). */
export const COMPARISON_COLORS = ['#b45309', '#be123c', '#0369a1', '#6d28d9', '#a21caf', '#4d7c0f', '#c2410c', '#334155'] as const;

/** Voorbeelddata: segments to an illustrative figure are dashed short, its marker hollow. */
export const DEMO_DASH = '3 3';

/** The band between the lower and upper bound of a corridor target. */
export const BAND_FILL = '#f1f5f9'; // slate-100

/** The vertical rule of a break in the series. */
export const BREAK_COLOR = '#9f1239'; // rose-800
export const BREAK_DASH = '4 3';

/** Grid lines and axis text. */
export const GRID_COLOR = '#e5e7eb'; // gray-200
export const AXIS_TEXT_COLOR = '#374151'; // gray-700

/** The style of a line: its kind, and for comparison regions their place in the list. */
export function seriesStyle(kind: ChartSeriesKind, comparisonIndex = 0): SeriesStyle {
  switch (kind) {
    case 'own':
      return { color: OWN, dash: null, width: 2.5, marker: 'circle' };
    case 'target':
      return { color: TARGET, dash: '8 5', width: 2, marker: null };
    case 'band-lower':
    case 'band-upper':
      return { color: BAND, dash: '8 5', width: 2, marker: null };
    case 'cumulative':
      return { color: CUMULATIVE, dash: null, width: 2, marker: 'circle' };
    case 'previous-edition':
      // The figure the previous edition showed: one square, so it never reads as another year of the own line.
      return { color: PREVIOUS_EDITION, dash: null, width: 1.75, marker: 'square' };
    case 'peer':
    case 'benchmark':
      // Benchmarks (Drenthe, Nederland) get square markers, so they differ from the peer towns by more than colour.
      return {
        color: COMPARISON_COLORS[comparisonIndex % COMPARISON_COLORS.length]!,
        dash: null,
        width: 1.75,
        marker: kind === 'peer' ? 'circle' : 'square',
      };
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown series kind ${String(unknown)}`);
    }
  }
}
