import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import { breakSwatchNodes, lineSwatchNodes, type MarkerMarks } from './chart-drawing.view';
import type { ChartModel } from './chart-model.view';
import { seriesStyle } from './chart-palette.view';
import type { SvgNode } from './svg-node.view';

/** A mark the legend explains when it occurs in the chart. */
export type LegendMark = 'demo' | 'provisional' | 'mixed-sources' | 'break';

/** One entry of the chart's legend: a line of the chart, or a mark; its sample and its words. */
export interface LegendItem {
  readonly key: { readonly series: string } | { readonly mark: LegendMark };
  readonly label: string;
  readonly swatch: { readonly width: number; readonly height: number; readonly nodes: readonly SvgNode[] };
}

// The marks are explained in a neutral grey, so they do not read as another series.
const NEUTRAL = { ...seriesStyle('own'), color: '#374151' };
const PLAIN: MarkerMarks = { demo: false, provisional: false, mixedSources: false };

const line = (nodes: readonly SvgNode[]) => ({ width: 30, height: 14, nodes });

/**
 * The legend of a chart, the same on the page and in the chart image: every line the chart draws, then only the
 * marks that occur — voorbeelddata, provisional, more than one table, a break.
 */
export function legendItems(model: ChartModel, lang: Lang): LegendItem[] {
  const t = dictionary(lang).chart;
  const marks: LegendItem[] = [];
  if (model.marks.demo)
    marks.push({ key: { mark: 'demo' }, label: t.demo, swatch: line(lineSwatchNodes(NEUTRAL, { ...PLAIN, demo: true })) });
  if (model.marks.provisional)
    marks.push({
      key: { mark: 'provisional' },
      label: t.provisional,
      swatch: line(lineSwatchNodes({ ...NEUTRAL, dash: null }, { ...PLAIN, provisional: true })),
    });
  if (model.marks.mixedSources)
    marks.push({
      key: { mark: 'mixed-sources' },
      label: t.mixedSources,
      swatch: line(lineSwatchNodes(NEUTRAL, { ...PLAIN, mixedSources: true })),
    });
  if (model.breaks.length > 0)
    marks.push({ key: { mark: 'break' }, label: t.seriesBreak, swatch: { width: 14, height: 14, nodes: breakSwatchNodes() } });
  return [
    ...model.series.map((series): LegendItem => ({
      key: { series: series.key },
      label: series.label,
      swatch: line(lineSwatchNodes(series.style)),
    })),
    ...marks,
  ];
}
