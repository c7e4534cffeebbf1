import type { IndicatorDetailResponse } from '@koers/api-contracts';
import { yearRangeText } from '@koers/indicators';
import { formatDate } from '../format/number.format';
import type { Lang } from '../i18n/lang';
import { shareDictionary } from '../i18n/share-dictionary';
import { plotNodes, valueAxisNodes, valueAxisWidth } from './chart-drawing.view';
import type { ChartFigure } from './chart-figure.view';
import { plotLayout } from './chart-layout.view';
import { legendItems } from './chart-legend.view';
import { chartCaption, chartNotes, chartPlotTexts } from './chart-texts.view';
import type { ChartView } from './chart-view.view';
import { node, type SvgNode } from './svg-node.view';

// The chart as a picture to download (SVG, and PNG drawn from it in the browser): the page's legend and plot, drawn
// from the same nodes, with what a picture on its own needs around them — its title, the source and the licence.

export const IMAGE_WIDTH = 960;
const MARGIN = 24;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT_COLOR = '#111827';
const MUTED_COLOR = '#374151';

/** The words around the chart. */
export interface ChartImageTexts {
  /** "Inwoners en bevolkingsgroei — Assen, 2015–2024". */
  readonly title: string;
  /** "Bron: CBS, …" (and the day of publication when the view is pinned). */
  readonly source: string;
  /** "Koers · Gemeente Assen · licentie CC BY 4.0 · <address of the view>": the publisher from the API. */
  readonly credit: string;
}

/** How wide a text of `size` px is, roughly: no font is measured, so a line is wrapped on a safe average. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

/** The text in lines no wider than `width` at `size` px, broken between words (a word longer than a line keeps its line). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(next, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  return current === '' ? lines : [...lines, current];
}

/** Lines of text from `y` on, `lead` px apart; returns the nodes and the y after them. */
function textBlock(
  lines: readonly string[],
  y: number,
  size: number,
  lead: number,
  attributes: Record<string, string | number>,
): { nodes: SvgNode[]; end: number } {
  const nodes = lines.map((line, i) =>
    node('text', { x: MARGIN, y: y + i * lead, fontSize: size, fill: MUTED_COLOR, ...attributes }, [line]),
  );
  return { nodes, end: y + lines.length * lead };
}

/** The legend in rows: each item its sample and label, the next item beside it while the row has room. */
function legendNodes(figure: ChartFigure, lang: Lang, top: number): { nodes: SvgNode[]; end: number } {
  const nodes: SvgNode[] = [];
  let [x, y] = [MARGIN, top];
  for (const item of legendItems(figure.model, lang)) {
    const width = item.swatch.width + 6 + textWidth(item.label, 13);
    if (x > MARGIN && x + width > IMAGE_WIDTH - MARGIN) [x, y] = [MARGIN, y + 22];
    nodes.push(
      node('g', { transform: `translate(${x} ${y})` }, [
        node('svg', { width: item.swatch.width, height: item.swatch.height, overflow: 'visible' }, item.swatch.nodes),
        node('text', { x: item.swatch.width + 6, y: 11, fontSize: 13, fill: MUTED_COLOR }, [item.label]),
      ]),
    );
    x += width + 18;
  }
  return { nodes, end: y + 22 };
}

/**
 * The whole picture as one SVG document, 960 px wide: title, unit, legend, plot with its value axis, the notes that
 * say what the marks mean, the source and the licence with the address of the view. Null when there is nothing to
 * draw.
 */
export function chartImage(figure: ChartFigure, label: string, lang: Lang, texts: ChartImageTexts): SvgNode | null {
  const layout = plotLayout(figure.model);
  if (layout === null) return null;
  const width = IMAGE_WIDTH - 2 * MARGIN;
  const title = textBlock(wrapText(texts.title, width, 20), MARGIN + 18, 20, 26, { fontWeight: 600, fill: TEXT_COLOR });
  const caption = chartCaption(figure.model, figure.unit, lang);
  const captionBlock = textBlock(caption ? [caption] : [], title.end + 4, 13, 20, {});
  const legend = legendNodes(figure, lang, captionBlock.end + 4);
  const plotTexts = chartPlotTexts({ ...figure, lang, label }, layout.axis.decimals);
  const axis = valueAxisWidth(layout, plotTexts.tick);
  const plotTop = legend.end + 8;
  const notes = textBlock(
    chartNotes(figure.model, layout, lang).flatMap((n) => wrapText(n.text, width, 12)),
    plotTop + layout.height + 22,
    12,
    16,
    {},
  );
  const source = textBlock(wrapText(texts.source, width, 12), notes.end + 8, 12, 16, {});
  const credit = textBlock(wrapText(texts.credit, width, 12), source.end, 12, 16, {});
  const height = Math.ceil(credit.end + MARGIN - 12);
  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: IMAGE_WIDTH,
      height,
      viewBox: `0 0 ${IMAGE_WIDTH} ${height}`,
      fontFamily: FONT,
      role: 'img',
      'aria-label': texts.title,
    },
    [
      node('title', {}, [texts.title]),
      node('desc', {}, [`${label} ${texts.source} ${texts.credit}`]),
      node('rect', { width: IMAGE_WIDTH, height, fill: '#ffffff' }),
      ...title.nodes,
      ...captionBlock.nodes,
      ...legend.nodes,
      node('g', { transform: `translate(${MARGIN} ${plotTop})` }, valueAxisNodes(layout, plotTexts.tick, axis)),
      node(
        'svg',
        { x: MARGIN + axis, y: plotTop, width: width - axis, height: layout.height, overflow: 'visible' },
        plotNodes(layout, plotTexts, 'wide'),
      ),
      ...notes.nodes,
      ...source.nodes,
      ...credit.nodes,
    ],
  );
}

/** The words around the chart of a view: its title with region and years, the source (and data date), the licence. */
export function chartImageTexts(
  detail: IndicatorDetailResponse,
  view: ChartView,
  pageUrl: string,
  publisher: string,
  lang: Lang,
): ChartImageTexts {
  const t = shareDictionary(lang).image;
  const years = yearRangeText(view.from, view.to, lang);
  const where = [detail.region.name ?? detail.region.code, years].filter((part) => part !== '').join(', ');
  return {
    title: `${detail.indicator.title} — ${where}`,
    source: `${t.source(detail.indicator.source)}${view.asOf ? ` ${t.asOf(formatDate(view.asOf, lang))}` : ''}`,
    credit: t.credit(publisher, pageUrl),
  };
}
