import type { ReportIndicatorView, ReportResponse } from '@koers/api-contracts';
import { href, type Lang } from '../i18n/lang';
import type { ChartFigure } from './chart-figure.view';
import { reportChartModel } from './report-chart.view';
import { escapeXml } from './svg-node.view';
import { type ChartView, chartViewQuery, type SearchParams } from './chart-view.view';

/**
 * What an embedded chart shows: the newest figures (live), the figures as published on a day (`asOf` of the view),
 * or the chart as a council edition adopted it.
 */
export type EmbedPin =
  | { readonly kind: 'live' }
  | { readonly kind: 'as-of'; readonly date: string }
  | { readonly kind: 'edition'; readonly year: number; readonly number: number };

const EDITION = /^(\d{4})-([1-9]\d{0,4})$/;

const firstOf = (params: SearchParams, key: string) => {
  const raw = params[key];
  return Array.isArray(raw) ? (raw[0] ?? '') : (raw ?? '');
};

/**
 * The pin of an embed: `edition=2024-1` (a council edition), else the view's `asOf`, else live. The embed form
 * says which it means with `pin` (`live`, `as-of`, `edition`), as it sends every field.
 */
export function readEmbedPin(params: SearchParams, view: ChartView): EmbedPin {
  const chosen = firstOf(params, 'pin');
  const match = EDITION.exec(firstOf(params, 'edition'));
  if (match && (chosen === '' || chosen === 'edition')) return { kind: 'edition', year: Number(match[1]), number: Number(match[2]) };
  if (view.asOf !== null && (chosen === '' || chosen === 'as-of')) return { kind: 'as-of', date: view.asOf };
  return { kind: 'live' };
}

/**
 * The address of an embedded chart. A council edition holds only the figures of the municipality as adopted, so
 * its embed names the edition alone; live and dated embeds keep the whole view.
 */
export function embedPath(id: string, view: ChartView, pin: EmbedPin, lang: Lang): string {
  const path = href(lang, `/embed/indicatoren/${encodeURIComponent(id)}`);
  switch (pin.kind) {
    case 'edition':
      return `${path}?edition=${pin.year}-${pin.number}`;
    case 'as-of':
      return `${path}${chartViewQuery({ ...view, display: 'chart', asOf: pin.date })}`;
    case 'live':
      return `${path}${chartViewQuery({ ...view, display: 'chart', asOf: null })}`;
    default: {
      const unknown: never = pin;
      throw new Error(`Unknown pin ${JSON.stringify(unknown)}`);
    }
  }
}

/** The height an embedded chart needs: title, legend, plot and the source line under it. */
export const EMBED_HEIGHT = 560;

/** The HTML a site pastes to show the chart: an iframe with a title (for screen readers), lazy, without a border. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}

/**
 * The chart of an indicator as a council edition adopted it: its yearly figures up to the report year and the path
 * its target asked for, exactly as stored in the edition. Null when the edition has no such indicator or no figure.
 */
export function editionFigure(
  report: ReportResponse,
  id: string,
  lang: Lang,
): { readonly indicator: ReportIndicatorView; readonly figure: ChartFigure } | null {
  const indicator = report.ambitions.flatMap((a) => a.indicators).find((i) => i.id === id);
  const model = indicator ? reportChartModel(indicator, report.region.name ?? report.region.code, lang) : null;
  if (!indicator || !model) return null;
  return { indicator, figure: { model, unit: indicator.unit, decimals: indicator.decimals, summary: indicator.statusLine } };
}
