import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ExampleDataTag } from '../../../../components/example-data-tag';
import { AboutSection } from '../../../../components/indicator/about-section';
import { IndicatorChartSection } from '../../../../components/indicator/indicator-chart-section';
import { TargetSection } from '../../../../components/indicator/target-section';
import { WijkSection } from '../../../../components/indicator/wijk-section';
import { StatusBadge } from '../../../../components/status-badge';
import { getIndicator, getIndicatorRegions } from '../../../../lib/api/indicators';
import { formatValue } from '../../../../lib/format/number.format';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { isExampleData, latestAndPrevious } from '../../../../lib/view/series.view';

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
  const t = dictionary(lang);
  const [detail, wijken] = await Promise.all([getIndicator(id, lang), getIndicatorRegions(id, 'wijk', lang)]);
  if (!detail.ok) return notFoundOrUnavailable(lang, detail.status);
  const data = detail.data;
  const { latest } = latestAndPrevious(data.series);
  const example = isExampleData(data.lineage);
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default">
          <a href={href(lang, `/ambities/${data.indicator.ambition}`)} className="text-tremor-brand-emphasis underline">
            ← {lang === 'nl' ? 'Ambitie' : 'Ambition'}
          </a>
        </p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{data.indicator.title}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <StatusBadge status={data.progress.status} label={data.progress.statusLabel} />
          {latest && (
            <span className="text-lg font-semibold tabular-nums">
              {formatValue(latest.value, data.indicator.unit, data.indicator.decimals, lang)}{' '}
              <span className="text-tremor-default font-normal text-tremor-content-emphasis">
                ({data.region.name}, {latest.year}
                {latest.provisional ? `, ${t.provisional}` : ''})
              </span>
            </span>
          )}
          {example && <ExampleDataTag lang={lang} />}
        </div>
        {example && <p className="mt-2 text-tremor-default text-violet-900">{t.exampleNote}</p>}
      </header>
      <IndicatorChartSection detail={data} lang={lang} peers={peers} />
      <TargetSection detail={data} lang={lang} />
      <WijkSection detail={data} wijken={wijken.ok ? wijken.data : null} lang={lang} />
      <AboutSection detail={data} lang={lang} />
    </article>
  );
}
