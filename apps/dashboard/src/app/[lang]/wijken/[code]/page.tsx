import type { Metadata } from 'next';
import { ApiUnavailable, notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { BarList } from '../../../../components/bar-list';
import { DataTable } from '../../../../components/data-table';
import { StatusBadge } from '../../../../components/status-badge';
import { getIndicatorDetails } from '../../../../lib/api/indicator-details';
import { getIndicatorRegions, getIndicators } from '../../../../lib/api/indicators';
import { getRegion } from '../../../../lib/api/regions';
import { formatPeriod } from '@koers/indicators';
import { formatValue } from '../../../../lib/format/number.format';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { valueIn } from '../../../../lib/view/series.view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const region = await getRegion((await params).code, lang);
  return { title: region.ok ? region.data.name : dictionary(lang).wijken.title };
}

export default async function WijkPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const { code } = await params;
  const [region, indicators] = await Promise.all([getRegion(code, lang), getIndicators(lang)]);
  if (!region.ok) return notFoundOrUnavailable(lang, region.status);
  if (!indicators.ok) return <ApiUnavailable lang={lang} status={indicators.status} />;
  const wijkIndicators = indicators.data.data.filter((i) => i.levels.includes('wijk'));
  const perWijk = await Promise.all(wijkIndicators.map((i) => getIndicatorRegions(i.id, 'wijk', lang)));
  const withWijkValue = wijkIndicators.flatMap((indicator, index) => {
    const result = perWijk[index]!;
    const own = result.ok ? result.data.regions.find((r) => r.region.code === code) : undefined;
    const period = result.ok ? result.data.period : null;
    return own && own.value !== null && period ? [{ indicator, own, period }] : [];
  });
  const city = await getIndicatorDetails(withWijkValue.map((r) => r.indicator.id), lang);
  // The city's value in the year the wijk figure is from.
  const rows = withWijkValue.map((row) => {
    const detail = city.get(row.indicator.id);
    return { ...row, cityValue: detail ? (valueIn(detail.series, Number(row.period.slice(0, 4)))?.value ?? null) : null };
  });
  const name = region.data.name;
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default"><a href={href(lang, '/wijken')} className="text-tremor-brand-emphasis underline">← {t.wijken.title}</a></p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{t.wijken.profile(name)}</h1>
      </header>
      <section aria-labelledby="vs-stad" className="rounded-tremor-default border border-tremor-border bg-white p-4">
        <h2 id="vs-stad" className="text-tremor-title font-semibold">{t.wijken.vsCity}</h2>
        {rows.length === 0 && <p className="mt-2">{t.indicator.noWijk}</p>}
        <div className="mt-3 space-y-5">
          {rows.map(({ indicator, own, period, cityValue }) => {
            const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
            return (
              <div key={indicator.id} data-indicator={indicator.id}>
                <h3 className="font-medium">
                  <a href={href(lang, `/indicatoren/${indicator.id}`)} className="underline">{indicator.title}</a>{' '}
                  <span className="font-normal text-tremor-content-emphasis">({formatPeriod(period, lang)})</span>{' '}
                  <StatusBadge status={own.status} label={own.statusLabel} />
                </h3>
                <p className="text-tremor-default">
                  {name}: <strong>{fmt(own.value)}</strong> · {t.wijken.city}: <strong>{fmt(cityValue)}</strong>
                </p>
                {indicator.unit !== 'count' && (
                  <BarList items={[
                    { key: 'w', name, value: own.value, label: fmt(own.value), highlight: true },
                    { key: 'c', name: t.wijken.city, value: cityValue, label: fmt(cityValue) },
                  ]} />
                )}
              </div>
            );
          })}
        </div>
        {rows.length > 0 && (
          <details className="mt-4">
            <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
            <DataTable
              caption={t.wijken.vsCity}
              headers={[t.table.indicator, t.table.period, name, t.wijken.city]}
              rows={rows.map(({ indicator, own, period, cityValue }) => [
                indicator.title,
                formatPeriod(period, lang),
                formatValue(own.value, indicator.unit, indicator.decimals, lang),
                formatValue(cityValue, indicator.unit, indicator.decimals, lang),
              ])}
            />
          </details>
        )}
      </section>
    </article>
  );
}
