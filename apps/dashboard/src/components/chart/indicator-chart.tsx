import type { Unit } from '@koers/indicators';
import { formatNumber, formatValue, unitLabel } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import type { PlotMarker } from '../../lib/view/chart-layout.view';
import { plotLayout } from '../../lib/view/chart-layout.view';
import type { ChartModel } from '../../lib/view/chart-model.view';
import { ChartLegend } from './chart-legend';
import { ChartPlot, PlotTexts } from './chart-plot';

interface Props {
  readonly model: ChartModel;
  /** The unit and decimals the chart shows (an index when counts are compared). */
  readonly unit: Unit;
  readonly decimals: number;
  readonly lang: Lang;
  /** The one-sentence summary, also the figure's accessible name. */
  readonly label: string;
}

function plotTexts({ model, unit, decimals, lang, label }: Props, tickDecimals: number): PlotTexts {
  const t = dictionary(lang);
  const names = new Map(model.series.map((s) => [s.key, s.label]));
  const point = (key: string, m: PlotMarker) => {
    const marks = [m.point.demo && t.example, m.point.provisional && t.provisional, m.point.mixedSources && t.chart.mixedSources].filter(Boolean);
    return `${names.get(key)} ${m.point.year}: ${formatValue(m.point.value, unit, decimals, lang)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
  };
  return {
    label: `${label} ${t.chart.lines(model.series.map((s) => s.label))}`,
    breakLabel: t.chart.breakLabel,
    tick: (value) => (unit === 'percent' ? formatValue(value, unit, tickDecimals, lang) : formatNumber(value, tickDecimals, lang)),
    point,
  };
}

/**
 * The indicator's chart: legend, plot and the notes that say in words what its marks mean. All server-rendered
 * SVG and HTML, so it needs no client JavaScript and prints as it is shown. The table beside it (in the section)
 * carries the same figures for screen readers and keyboard users.
 */
export function IndicatorChart(props: Props) {
  const { model, unit, lang, label } = props;
  const t = dictionary(lang);
  const layout = plotLayout(model);
  if (layout === null) return null;
  const caption = model.indexed ? t.chart.index : unit === 'percent' ? '' : unitLabel(unit, lang);
  const gaps = layout.series.some((s) => s.segments.some((segment) => segment.gap));
  return (
    <figure aria-label={label} data-testid="indicator-chart" className="mt-3">
      <ChartLegend model={model} lang={lang} />
      {caption && <p className="text-tremor-label text-tremor-content-emphasis" data-testid="chart-unit">{caption}</p>}
      <ChartPlot layout={layout} texts={plotTexts(props, layout.axis.decimals)} />
      <figcaption className="mt-2 space-y-1 text-tremor-label text-tremor-content-emphasis">
        {model.marks.demo && <p data-note="demo">{t.chart.demoNote}</p>}
        {gaps && <p data-note="gap">{t.chart.gapNote}</p>}
        {model.breaks.map((b) => (
          <p key={b.year} data-note="break">{b.text}</p>
        ))}
      </figcaption>
    </figure>
  );
}
