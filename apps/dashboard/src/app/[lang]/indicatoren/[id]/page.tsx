import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { AboutSection } from '../../../../components/indicator/about-section';
import { IndicatorChartSection } from '../../../../components/indicator/indicator-chart-section';
import { LatestFigure } from '../../../../components/indicator/latest-figure';
import { TargetSection } from '../../../../components/indicator/target-section';
import { WijkSection } from '../../../../components/indicator/wijk-section';
import { StatusBadge } from '../../../../components/status-badge';
import { getIndicator, getIndicatorRegions } from '../../../../lib/api/indicators';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const detail = await getIndicator((await params).id, lang);
  return { title: detail.ok ? detail.data.indicator.title : dictionary(lang).indicator.chartTitle };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const { id } = await params;
  const peers = (await searchParams)['peers'] === '1';
  const [detail, wijken] = await Promise.all([getIndicator(id, lang), getIndicatorRegions(id, 'wijk', lang)]);
  if (!detail.ok) return notFoundOrUnavailable(lang, detail.status);
  const data = detail.data;
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default">
          <a href={href(lang, `/ambities/${data.indicator.ambition}`)} className="text-tremor-brand-emphasis underline">
            ← {lang === 'nl' ? 'Ambitie' : 'Ambition'}
          </a>
        </p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{data.indicator.title}</h1>
        <LatestFigure detail={data} lang={lang} badge={<StatusBadge status={data.progress.status} label={data.progress.statusLabel} scale={data.progress.scale} />} />
      </header>
      <IndicatorChartSection detail={data} lang={lang} peers={peers} />
      <TargetSection detail={data} lang={lang} />
      <WijkSection detail={data} wijken={wijken.ok ? wijken.data : null} lang={lang} />
      <AboutSection detail={data} lang={lang} />
    </article>
  );
}
