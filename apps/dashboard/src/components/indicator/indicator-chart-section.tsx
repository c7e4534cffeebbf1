import type { IndicatorDetailResponse } from '@koers/api-contracts';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import { href, Lang } from '../../lib/i18n/lang';
import { chartModel } from '../../lib/view/chart-model.view';
import { YearValue, yearlyValues } from '../../lib/view/series.view';
import { ChartDataTable } from '../chart/chart-data-table';
import { IndicatorChart } from '../chart/indicator-chart';
import { CoverageReasons } from './coverage-reasons';

/** "X ging van A in 2014 naar B in 2024.", with voorbeelddata said so: a figure never passes for what it is not. */
function summary(detail: IndicatorDetailResponse, lang: Lang): string | null {
  const t = dictionary(lang);
  const values = yearlyValues(detail.series);
  const [first, last] = [values[0], values.at(-1)];
  if (!first || !last) return null;
  const fmt = (p: YearValue) => `${formatValue(p.value, detail.indicator.unit, detail.indicator.decimals, lang)}${p.demo ? ` (${t.example})` : ''}`;
  return t.indicator.summary(detail.indicator.title, fmt(first), String(first.year), fmt(last), String(last.year));
}

/** Chart with target path, a one-sentence summary, the peers toggle (in the URL) and the table alternative. */
export function IndicatorChartSection({ detail, lang, peers }: { detail: IndicatorDetailResponse; lang: Lang; peers: boolean }) {
  const t = dictionary(lang);
  const { indicator } = detail;
  const comparisons = peers ? detail.comparisons.filter((c) => c.series.length > 0) : [];
  const model = chartModel(detail, lang, comparisons);
  const unit = model.indexed ? 'count' : indicator.unit;
  const decimals = model.indexed ? 1 : indicator.decimals;
  const sentence = summary(detail, lang);
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
      {sentence === null ? (
        // No figures at all: the true reason per input and what would fill it, never a generic "no figures".
        <CoverageReasons coverage={detail.coverage} lang={lang} />
      ) : (
        <p className="mt-1 text-tremor-default" data-testid="chart-summary">{sentence}</p>
      )}
      {model.series.length > 0 && (
        <>
          <IndicatorChart model={model} unit={unit} decimals={decimals} lang={lang} label={sentence ?? t.chart.targetOnly} />
          <details className="mt-3">
            <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
            <ChartDataTable model={model} unit={unit} decimals={decimals} lang={lang} caption={`${indicator.title} — ${t.indicator.chartTitle.toLowerCase()}`} />
          </details>
        </>
      )}
    </section>
  );
}
