import type { IndicatorDetailResponse } from '@koers/api-contracts';
import type { MunicipalityNames } from '../api/municipality';
import { href, type Lang } from '../i18n/lang';
import { type ChartView, chartViewQuery } from './chart-view.view';
import type { CitationInput } from './citation.view';
import { embedPath, embedSnippet } from './embed.view';

/** Where a view of an indicator can be found and how it is cited and embedded. */
export interface IndicatorShare {
  /** The address of the view in full. */
  readonly pageUrl: string;
  readonly citation: CitationInput;
  /** The iframe code of the embed: live, or pinned to the day the view is pinned to. */
  readonly embedSnippet: string;
  /** The page with every embed choice (pinned to a day or a council edition), for this view. */
  readonly embedOptions: string;
}

/** The links of a view from the site's public address (`origin`) and the day it is read (YYYY-MM-DD). */
export function indicatorShare(
  detail: IndicatorDetailResponse,
  view: ChartView,
  origin: string,
  retrieved: string,
  cited: MunicipalityNames,
  lang: Lang,
): IndicatorShare {
  const id = detail.indicator.id;
  const path = href(lang, `/indicatoren/${encodeURIComponent(id)}`);
  const pageUrl = `${origin}${path}${chartViewQuery(view)}`;
  const pin = view.asOf === null ? ({ kind: 'live' } as const) : ({ kind: 'as-of', date: view.asOf } as const);
  const title = `${detail.indicator.title} — ${detail.region.name ?? detail.region.code}`;
  return {
    pageUrl,
    citation: {
      id,
      title: detail.indicator.title,
      regionName: detail.region.name ?? detail.region.code,
      publisher: cited.publisher,
      municipality: cited.name,
      from: view.from,
      to: view.to,
      source: detail.indicator.source,
      url: pageUrl,
      retrieved,
      asOf: view.asOf,
      lang,
    },
    embedSnippet: embedSnippet(`${origin}${embedPath(id, view, pin, lang)}`, title),
    embedOptions: `${path}/insluiten${chartViewQuery({ ...view, display: 'chart' })}`,
  };
}
