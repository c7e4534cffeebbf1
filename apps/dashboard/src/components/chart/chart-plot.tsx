import { type PlotTexts, plotNodes, valueAxisNodes, valueAxisWidth } from '../../lib/view/chart-drawing.view';
import type { PlotLayout } from '../../lib/view/chart-layout.view';
import { SvgNodes } from './svg-nodes';

export type { PlotTexts } from '../../lib/view/chart-drawing.view';

/**
 * The plot of the indicator chart as SVG, rendered on the server: no client JavaScript, and it prints as it is.
 * The value axis is a narrow SVG of its own beside a plot that takes the rest of the width.
 */
export function ChartPlot({ layout, texts }: { layout: PlotLayout; texts: PlotTexts }) {
  const axisWidth = valueAxisWidth(layout, texts.tick);
  return (
    <div className="flex">
      <svg width={axisWidth} height={layout.height} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
        <SvgNodes nodes={valueAxisNodes(layout, texts.tick, axisWidth)} />
      </svg>
      <svg
        width="100%"
        height={layout.height}
        role="group"
        aria-label={texts.label}
        className="min-w-0 flex-1 overflow-visible"
        data-testid="chart-plot"
      >
        <SvgNodes nodes={plotNodes(layout, texts, 'responsive')} />
      </svg>
    </div>
  );
}
