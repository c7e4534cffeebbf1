import type { IndicatorDetailResponse } from '@koers/api-contracts';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import { href, Lang } from '../../lib/i18n/lang';
import { chartModel } from '../../lib/view/chart-rows.view';
import { yearlyValues } from '../../lib/view/series.view';
import { DataTable } from '../data-table';
import { IndicatorChart } from '../indicator-chart';

/** Chart with target path, a one-sentence summary, the peers toggle (in the URL) and the table alternative. */
export function IndicatorChartSection({ detail, lang, peers }: { detail: IndicatorDetailResponse; lang: Lang; peers: boolean }) {
  const t = dictionary(lang);
  const { indicator } = detail;
  const comparisons = peers ? detail.comparisons.filter((c) => c.series.length > 0) : [];
  const model = chartModel(detail, lang, comparisons);
  const unit = model.indexed ? 'count' : indicator.unit;
  const decimals = model.indexed ? 1 : indicator.decimals;
  const fmtOwn = (v: number | null | undefined) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const fmt = (v: number | null | undefined) => formatValue(v, unit, decimals, lang);
  const values = yearlyValues(detail.series);
  const first = values[0];
  const last = values.at(-1);
  const summary = first && last ? t.indicator.summary(indicator.title, fmtOwn(first.value), String(first.year), fmtOwn(last.value), String(last.year)) : t.indicator.noSeries;
  const toggle = `${href(lang, `/indicatoren/${indicator.id}`)}${peers ? '' : '?peers=1'}`;
  return (
    <section aria-labelledby="verloop" className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verloop" className="text-tremor-title font-semibold">{t.indicator.chartTitle}</h2>
        {detail.comparisons.length > 0 && (
          <a href={toggle} className="rounded-tremor-small border border-tremor-brand px-2 py-1 text-tremor-default text-tremor-brand-emphasis hover:bg-teal-50" aria-pressed={peers} role="button" data-testid="peers-toggle">
            {peers ? t.indicator.peersOff : t.indicator.peersOn}
          </a>
        )}
      </div>
      <p className="mt-1 text-tremor-default" data-testid="chart-summary">{summary}</p>
      {model.indexed && <p className="text-tremor-default text-tremor-content-emphasis">{lang === 'nl' ? 'Vergelijking als index: het eerste jaar met cijfers = 100.' : 'Comparison as an index: the first year with figures = 100.'}</p>}
      {model.rows.length > 0 && <IndicatorChart rows={model.rows} categories={model.categories} colors={model.colors} unit={unit} decimals={decimals} lang={lang} label={summary} />}
      <details className="mt-3">
        <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
        <DataTable
          caption={`${indicator.title} — ${t.indicator.chartTitle.toLowerCase()}`}
          headers={[t.table.year, ...model.categories]}
          rows={model.rows.map((row) => [row.year, ...model.categories.map((c) => fmt(row[c] as number | null))])}
        />
      </details>
    </section>
  );
}
