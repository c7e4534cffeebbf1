import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { AboutSection } from '../../../../components/indicator/about-section';
import { IndicatorChartSection } from '../../../../components/indicator/indicator-chart-section';
import { LatestFigure } from '../../../../components/indicator/latest-figure';
import { ShareSection } from '../../../../components/indicator/share-section';
import { TargetSection } from '../../../../components/indicator/target-section';
import { WijkSection } from '../../../../components/indicator/wijk-section';
import { StatusBadge } from '../../../../components/status-badge';
import { getIndicator, getIndicatorRegions } from '../../../../lib/api/indicators';
import { municipalityNames } from '../../../../lib/api/municipality';
import { href } from '../../../../lib/i18n/lang';
import { pageTitle } from '../../../../lib/i18n/page-title';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { publicOrigin } from '../../../../lib/request/public-origin';
import { today } from '../../../../lib/request/today';
import { chartFigure } from '../../../../lib/view/chart-figure.view';
import { readChartView, regionChoices, type SearchParams } from '../../../../lib/view/chart-view.view';
import { indicatorShare } from '../../../../lib/view/share.view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const detail = await getIndicator((await params).id, lang, readChartView(await searchParams, today()));
  return { title: pageTitle(detail, (d) => d.indicator.title, dictionary(lang).indicator.chartTitle) };
}

/**
 * One indicator: its latest figure and status, the chart of the view in the address (region, comparison, years,
 * chart or table, data date) with its downloads, sharing, citation and embedding, the target, the wijken and where
 * the figures come from. Two API calls: the indicator for the view, and its wijken (the municipality's names are the
 * layout's answer of this render).
 */
export default async function IndicatorPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const { id } = await params;
  const day = today();
  const view = readChartView(await searchParams, day);
  const [detail, wijken, names] = await Promise.all([
    getIndicator(id, lang, view),
    getIndicatorRegions(id, 'wijk', lang),
    municipalityNames(lang),
  ]);
  if (!detail.ok) return notFoundOrUnavailable(lang, detail.status);
  const data = detail.data;
  const regions = regionChoices(data, view, wijken.ok ? wijken.data : null);
  const share = indicatorShare(data, view, await publicOrigin(), day, names, lang);
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default">
          <a href={href(lang, `/ambities/${data.indicator.ambition}`)} className="text-tremor-brand-emphasis underline">
            ← {lang === 'nl' ? 'Ambitie' : 'Ambition'}
          </a>
        </p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{data.indicator.title}</h1>
        <LatestFigure
          detail={data}
          lang={lang}
          badge={<StatusBadge status={data.progress.status} label={data.progress.statusLabel} scale={data.progress.scale} />}
        />
      </header>
      <IndicatorChartSection
        detail={data}
        view={view}
        figure={chartFigure(data, view, lang)}
        defaultRegion={regions.own}
        wijken={regions.wijken}
        lang={lang}
      />
      <ShareSection
        pageUrl={share.pageUrl}
        citation={share.citation}
        embedSnippet={share.embedSnippet}
        embedOptions={share.embedOptions}
        lang={lang}
      />
      <TargetSection detail={data} lang={lang} />
      <WijkSection detail={data} wijken={wijken.ok ? wijken.data : null} lang={lang} />
      <AboutSection detail={data} lang={lang} />
    </article>
  );
}
