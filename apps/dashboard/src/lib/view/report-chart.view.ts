import type { ReportFigureView, ReportIndicatorView } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import type { LayoutOptions } from './chart-layout.view';
import { type ChartModel, type ChartPoint, cumulativeLine, line, targetPathLines } from './chart-model.view';

/** The small chart of a council report: low, few ticks, so one indicator with its text fits a third of an A4 page. */
// The same year labels at every width: a printed page's width does not follow the screen's breakpoints.
export const COMPACT_LAYOUT: LayoutOptions = {
  height: 150,
  top: 14,
  bottom: 24,
  padPercent: 7,
  maxValueTicks: 4,
  narrowYearLabels: 5,
  wideYearLabels: 5,
};

const PREVIOUS_EDITION = {
  nl: (n: number | null) => (n === null ? 'Vorige editie' : `Editie ${n}`),
  en: (n: number | null) => (n === null ? 'Previous edition' : `Edition ${n}`),
} as const;

/** A report figure as a chart point; a report has no table mix, breaks or suspect marks of its own. */
function point(figure: ReportFigureView): ChartPoint {
  return {
    year: figure.year,
    value: figure.value,
    provisional: figure.provisional,
    demo: figure.demo,
    mixedSources: false,
    sources: [],
    breakBefore: false,
    suspect: false,
  };
}

/**
 * What the small chart of one report indicator draws: its yearly figures up to the report year, the path its target
 * asks for (or the corridor, or for a cumulative target the running total beside it), and the figure the previous
 * edition showed, as one square. Null when there is nothing to draw.
 */
export function reportChartModel(
  indicator: ReportIndicatorView,
  regionName: string,
  lang: Lang,
  previousEditionNumber: number | null = null,
): ChartModel | null {
  const own = indicator.chart.points.map(point).sort((a, b) => a.year - b.year);
  if (own.length === 0) return null;
  const path = indicator.chart.trajectory;
  const cumulative = cumulativeLine(path, null, own, lang);
  const previous = indicator.previousEditionFigure;
  const series = [
    line('own', regionName, 'own', own),
    ...targetPathLines(path, lang),
    ...(cumulative ? [cumulative] : []),
    ...(previous ? [line('previous-edition', PREVIOUS_EDITION[lang](previousEditionNumber), 'previous-edition', [point(previous)])] : []),
  ].filter((s) => s.points.length > 0);
  const points = series.flatMap((s) => s.points);
  return {
    series,
    breaks: [],
    indexed: false,
    marks: { demo: points.some((p) => p.demo), provisional: points.some((p) => p.provisional), mixedSources: false },
  };
}

/**
 * The smallest value span of an indicator's small chart: four steps of the decimals it is published in, so figures
 * the sentence calls "hetzelfde" are not drawn as a steep line.
 */
export function compactMinSpan(decimals: number): number {
  return 4 * 10 ** -decimals;
}
