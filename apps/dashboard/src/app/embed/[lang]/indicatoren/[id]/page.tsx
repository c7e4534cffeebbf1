import { yearRangeText } from '@koers/indicators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApiUnavailable } from '../../../../../components/api-unavailable';
import { EmbeddedChart } from '../../../../../components/embed/embedded-chart';
import { getIndicator } from '../../../../../lib/api/indicators';
import { getEdition } from '../../../../../lib/api/reports';
import { formatDate } from '../../../../../lib/format/number.format';
import { shareDictionary } from '../../../../../lib/i18n/share-dictionary';
import { href } from '../../../../../lib/i18n/lang';
import { pageLang } from '../../../../../lib/i18n/page-lang';
import { pageTitle } from '../../../../../lib/i18n/page-title';
import { today } from '../../../../../lib/request/today';
import { chartFigure } from '../../../../../lib/view/chart-figure.view';
import { chartViewQuery, readChartView, type SearchParams } from '../../../../../lib/view/chart-view.view';
import { editionFigure, readEmbedPin } from '../../../../../lib/view/embed.view';
import { editionName, statusLine } from '../../../../../lib/view/report-edition.view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const detail = await getIndicator((await params).id, lang);
  return { title: pageTitle(detail, (d) => d.indicator.title, 'Koers') };
}

/**
 * An indicator's chart alone, for a frame on another site: live (the newest figures, in the view the address
 * holds), pinned to the figures as published on a day (`asOf`), or pinned to a council edition (`edition=2024-1`,
 * the chart exactly as adopted). With its source, licence and a link to the indicator on Koers.
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const { id } = await params;
  const t = shareDictionary(lang).embedded;
  const view = readChartView(await searchParams, today());
  const pin = readEmbedPin(await searchParams, view);
  const page = href(lang, `/indicatoren/${encodeURIComponent(id)}`);
  if (pin.kind === 'edition') {
    const edition = await getEdition(pin.year, pin.number, lang);
    if (!edition.ok)
      return edition.status === 404 || edition.status === 400 ? notFound() : <ApiUnavailable lang={lang} status={edition.status} />;
    const found = editionFigure(edition.data, id, lang);
    if (found === null) notFound();
    const title = `${found.indicator.title} — ${edition.data.region.name ?? edition.data.region.code}, ${edition.data.year}`;
    const pinLine = `${editionName(edition.data, lang)}. ${statusLine(edition.data, lang)}`;
    return (
      <EmbeddedChart
        title={title}
        figure={found.figure}
        label={found.figure.summary ?? title}
        pinLine={pinLine}
        source={found.indicator.source}
        link={page}
        lang={lang}
      />
    );
  }
  const detail = await getIndicator(id, lang, view);
  if (!detail.ok)
    return detail.status === 404 || detail.status === 400 ? notFound() : <ApiUnavailable lang={lang} status={detail.status} />;
  const figure = chartFigure(detail.data, view, lang);
  const where = [detail.data.region.name ?? detail.data.region.code, yearRangeText(view.from, view.to, lang)]
    .filter((part) => part !== '')
    .join(', ');
  const updated = formatDate(detail.data.lastUpdated?.loadedAt, lang);
  const pinLine = pin.kind === 'as-of' ? t.asOf(formatDate(pin.date, lang)) : t.live(updated);
  return (
    <EmbeddedChart
      title={`${detail.data.indicator.title} — ${where}`}
      figure={figure}
      label={figure.summary ?? detail.data.indicator.title}
      pinLine={pinLine}
      source={detail.data.indicator.source}
      link={`${page}${chartViewQuery(view)}`}
      lang={lang}
    />
  );
}
