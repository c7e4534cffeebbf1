import type { Lang } from '../../lib/i18n/lang';
import { type LegendItem, legendItems } from '../../lib/view/chart-legend.view';
import type { ChartModel } from '../../lib/view/chart-model.view';
import { SvgNodes } from './svg-nodes';

function dataKey(item: LegendItem): Record<string, string> {
  return 'series' in item.key ? { 'data-legend-key': item.key.series } : { 'data-legend-mark': item.key.mark };
}

/** The chart's own legend (HTML, so it wraps on a phone): every line the chart draws, then the marks that occur. */
export function ChartLegend({ model, lang }: { model: ChartModel; lang: Lang }) {
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-tremor-label text-tremor-content-emphasis" data-testid="chart-legend">
      {legendItems(model, lang).map((item) => (
        <li key={JSON.stringify(item.key)} className="inline-flex items-center gap-1.5" {...dataKey(item)}>
          <svg
            width={item.swatch.width}
            height={item.swatch.height}
            aria-hidden="true"
            focusable="false"
            className="shrink-0 overflow-visible"
          >
            <SvgNodes nodes={item.swatch.nodes} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
