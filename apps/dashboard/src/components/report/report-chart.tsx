import type { Unit } from '@koers/indicators';
import { formatNumber, formatValue, unitLabel } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { plotLayout } from '../../lib/view/chart-layout.view';
import type { ChartModel } from '../../lib/view/chart-model.view';
import { COMPACT_LAYOUT, compactMinSpan } from '../../lib/view/report-chart.view';
import { ChartLegend } from '../chart/chart-legend';
import { ChartPlot } from '../chart/chart-plot';

interface Props {
  readonly model: ChartModel;
  readonly unit: Unit;
  readonly decimals: number;
  readonly lang: Lang;
  /** What the chart shows in one sentence, its accessible name (the sentence beside it has the figures). */
  readonly label: string;
}

/**
 * The small chart of one indicator in the council report: the indicator chart's own legend and plot, low and with
 * few ticks, server-rendered SVG that prints as it is shown.
 */
export function ReportChart({ model, unit, decimals, lang, label }: Props) {
  const layout = plotLayout(model, { ...COMPACT_LAYOUT, minSpan: compactMinSpan(decimals) });
  if (layout === null) return null;
  const t = dictionary(lang);
  const names = new Map(model.series.map((s) => [s.key, s.label]));
  const caption = unit === 'percent' ? '' : unitLabel(unit, lang);
  return (
    <figure aria-label={label} data-testid="report-chart" className="print-avoid-break">
      <ChartLegend model={model} lang={lang} />
      {caption && <p className="text-tremor-label text-tremor-content-emphasis">{caption}</p>}
      <ChartPlot
        layout={layout}
        texts={{
          label,
          breakLabel: t.chart.breakLabel,
          tick: (value) =>
            unit === 'percent' ? formatValue(value, unit, layout.axis.decimals, lang) : formatNumber(value, layout.axis.decimals, lang),
          point: (key, m) =>
            `${names.get(key)} ${m.point.year}: ${formatValue(m.point.value, unit, decimals, lang)}${m.point.demo ? ` (${t.example})` : ''}`,
        }}
      />
    </figure>
  );
}
