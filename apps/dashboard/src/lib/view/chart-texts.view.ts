import type { Unit } from '@koers/indicators';
import { formatNumber, formatValue, unitLabel } from '../format/number.format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import type { PlotTexts } from './chart-drawing.view';
import type { PlotLayout, PlotMarker } from './chart-layout.view';
import type { ChartModel } from './chart-model.view';

/** What the chart shows and how its figures are written: the same on the page and in the chart image. */
export interface ChartTextInput {
  readonly model: ChartModel;
  /** The unit and decimals the chart shows (an index when counts are compared). */
  readonly unit: Unit;
  readonly decimals: number;
  readonly lang: Lang;
  /** The one-sentence summary, also the figure's accessible name. */
  readonly label: string;
}

/** The texts of the plot: its accessible name, the break label, tick labels and each figure's hover text. */
export function chartPlotTexts({ model, unit, decimals, lang, label }: ChartTextInput, tickDecimals: number): PlotTexts {
  const t = dictionary(lang);
  const names = new Map(model.series.map((s) => [s.key, s.label]));
  const point = (key: string, m: PlotMarker) => {
    const marks = [m.point.demo && t.example, m.point.provisional && t.provisional, m.point.mixedSources && t.chart.mixedSources].filter(
      Boolean,
    );
    return `${names.get(key)} ${m.point.year}: ${formatValue(m.point.value, unit, decimals, lang)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
  };
  return {
    label: `${label} ${t.chart.lines(model.series.map((s) => s.label))}`,
    breakLabel: t.chart.breakLabel,
    tick: (value) => (unit === 'percent' ? formatValue(value, unit, tickDecimals, lang) : formatNumber(value, tickDecimals, lang)),
    point,
  };
}

/** The line above the plot that names the unit (or the index); empty for percentages, which their ticks say. */
export function chartCaption(model: ChartModel, unit: Unit, lang: Lang): string {
  const t = dictionary(lang);
  return model.indexed ? t.chart.index : unit === 'percent' ? '' : unitLabel(unit, lang);
}

/** A note under the chart that says in words what a mark means. */
export interface ChartNote {
  readonly kind: 'demo' | 'gap' | 'break';
  readonly text: string;
}

/** The notes under the chart: voorbeelddata, thin connectors over years without a figure, and every break. */
export function chartNotes(model: ChartModel, layout: PlotLayout, lang: Lang): ChartNote[] {
  const t = dictionary(lang).chart;
  const gaps = layout.series.some((s) => s.segments.some((segment) => segment.gap));
  return [
    ...(model.marks.demo ? [{ kind: 'demo' as const, text: t.demoNote }] : []),
    ...(gaps ? [{ kind: 'gap' as const, text: t.gapNote }] : []),
    ...model.breaks.map((b) => ({ kind: 'break' as const, text: b.text })),
  ];
}
