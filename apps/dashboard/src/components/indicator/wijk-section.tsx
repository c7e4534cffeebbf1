import type { IndicatorDetailResponse, IndicatorRegionsResponse, RegionValueView } from '@koers/api-contracts';
import { formatPeriod } from '@koers/indicators';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import { href, Lang } from '../../lib/i18n/lang';
import { BarList } from '../bar-list';
import { DataTable } from '../data-table';
import { StatusBadge } from '../status-badge';
import { WijkMap } from '../wijk-map';

/** Per wijk: a bar list, the choropleth of the wijken and the table with the same figures. */
export function WijkSection({
  detail,
  wijken,
  lang,
}: {
  detail: IndicatorDetailResponse;
  wijken: IndicatorRegionsResponse | null;
  lang: Lang;
}) {
  const t = dictionary(lang);
  const { indicator } = detail;
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const regions = wijken?.regions ?? [];
  const withValue = regions.filter((r) => r.value !== null).sort((a, b) => (b.value as number) - (a.value as number));
  const period = wijken?.period ? formatPeriod(wijken.period, lang) : '';
  const name = (r: RegionValueView) => r.region.name ?? r.region.code;
  const summary = withValue.length
    ? t.indicator.mapSummary(indicator.title, period, name(withValue[0]!), name(withValue.at(-1)!))
    : t.indicator.noWijk;
  return (
    <section aria-labelledby="wijken" className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
      <h2 id="wijken" className="text-tremor-title font-semibold">
        {t.indicator.wijken}
        {period && <span className="font-normal text-tremor-content-emphasis"> · {period}</span>}
      </h2>
      <p className="mt-1 text-tremor-default" data-testid="map-summary">
        {summary}
      </p>
      {withValue.length > 0 && (
        <>
          <div className="mt-3 grid gap-6 lg:grid-cols-2">
            <BarList
              items={withValue.map((r) => ({
                key: r.region.code,
                name: r.region.name ?? r.region.code,
                value: r.value,
                label: fmt(r.value),
              }))}
            />
            <WijkMap
              regions={regions}
              unit={indicator.unit}
              decimals={indicator.decimals}
              lang={lang}
              summary={summary}
              linkWijk={(code) => href(lang, `/wijken/${code}`)}
            />
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
            <DataTable
              caption={`${indicator.title} ${t.indicator.wijken.toLowerCase()} (${period})`}
              headers={[t.table.region, t.table.value, t.table.status]}
              rows={regions.map((r) => [
                <a key={r.region.code} href={href(lang, `/wijken/${r.region.code}`)} className="underline">
                  {r.region.name ?? r.region.code}
                </a>,
                `${fmt(r.value)}${r.provisional ? ` (${t.provisional})` : ''}`,
                <StatusBadge key="s" status={r.status} label={r.statusLabel} />,
              ])}
            />
          </details>
        </>
      )}
    </section>
  );
}
