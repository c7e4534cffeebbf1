import type { IndicatorDetailResponse } from '@koers/api-contracts';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../format/number.format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import { type ChartModel, chartModel } from './chart-model.view';
import { type ChartView, shownComparisons } from './chart-view.view';
import { type YearValue, yearlyValues } from './series.view';

/** The chart of one view of an indicator: what it draws, in which unit, and what it says in one sentence. */
export interface ChartFigure {
  readonly model: ChartModel;
  /** The unit and decimals the chart shows: an index with one decimal when counts are compared. */
  readonly unit: Unit;
  readonly decimals: number;
  /** "X ging van A in 2014 naar B in 2024.", or null when there are no figures. */
  readonly summary: string | null;
}

/** "X ging van A in 2014 naar B in 2024.", with voorbeelddata said so: a figure never passes for what it is not. */
function summaryOf(detail: IndicatorDetailResponse, lang: Lang): string | null {
  const t = dictionary(lang);
  const values = yearlyValues(detail.series);
  const [first, last] = [values[0], values.at(-1)];
  if (!first || !last) return null;
  const fmt = (p: YearValue) =>
    `${formatValue(p.value, detail.indicator.unit, detail.indicator.decimals, lang)}${p.demo ? ` (${t.example})` : ''}`;
  return t.indicator.summary(detail.indicator.title, fmt(first), String(first.year), fmt(last), String(last.year));
}

/**
 * The chart a view shows, from the API's answer for that view (its region, years and data date): the series, the
 * regions beside it the view names, and the sentence that says what it shows. The page, the chart image and the
 * embed all draw it from here.
 */
export function chartFigure(detail: IndicatorDetailResponse, view: ChartView, lang: Lang): ChartFigure {
  const model = chartModel(detail, lang, shownComparisons(detail.comparisons, view));
  return {
    model,
    unit: model.indexed ? 'count' : detail.indicator.unit,
    decimals: model.indexed ? 1 : detail.indicator.decimals,
    summary: summaryOf(detail, lang),
  };
}
