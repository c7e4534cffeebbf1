import type { IndicatorDetailResponse, RegionRef } from '@koers/api-contracts';
import { formatDate } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import { href, Lang } from '../../lib/i18n/lang';
import { shareDictionary } from '../../lib/i18n/share-dictionary';
import type { ChartFigure } from '../../lib/view/chart-figure.view';
import { type ChartView, chartViewQuery, shownComparisons } from '../../lib/view/chart-view.view';
import { ChartDataTable } from '../chart/chart-data-table';
import { IndicatorChart } from '../chart/indicator-chart';
import { ChartDownloads } from './chart-downloads';
import { ChartViewForm } from './chart-view-form';
import { CoverageReasons } from './coverage-reasons';

interface Props {
  readonly detail: IndicatorDetailResponse;
  readonly view: ChartView;
  readonly figure: ChartFigure;
  /** The indicator's own region and the wijken its chart can be shown for. */
  readonly defaultRegion: RegionRef;
  readonly wijken: readonly RegionRef[];
  readonly lang: Lang;
}

/** The notice of a view pinned to a day, with the way back to the newest figures. */
function AsOfNotice({ date, current, lang }: { date: string; current: string; lang: Lang }) {
  const t = shareDictionary(lang).view;
  return (
    <p
      className="mt-2 rounded-tremor-small border border-amber-300 bg-amber-50 p-2 text-tremor-default text-amber-950"
      data-testid="as-of-notice"
    >
      {t.asOf(formatDate(date, lang))}{' '}
      <a href={current} className="underline">
        {t.toCurrent}
      </a>
    </p>
  );
}

/** The chart with its table folded under it, or the table alone when the view asks for it. */
function ChartOrTable({
  figure,
  display,
  caption,
  lang,
}: {
  figure: ChartFigure;
  display: ChartView['display'];
  caption: string;
  lang: Lang;
}) {
  const t = dictionary(lang);
  const { model, unit, decimals, summary } = figure;
  const table = <ChartDataTable model={model} unit={unit} decimals={decimals} lang={lang} caption={caption} />;
  if (display === 'table')
    return (
      <div className="mt-3" data-testid="chart-table">
        {table}
      </div>
    );
  return (
    <>
      <IndicatorChart model={model} unit={unit} decimals={decimals} lang={lang} label={summary ?? t.chart.targetOnly} />
      <details className="mt-3">
        <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
        {table}
      </details>
    </>
  );
}

/**
 * The chart of the view in the page's address, with target path, a one-sentence summary, the form that changes the
 * view, the table (folded under the chart, or alone) and the chart's downloads.
 */
export function IndicatorChartSection({ detail, view, figure, defaultRegion, wijken, lang }: Props) {
  const t = dictionary(lang);
  const { indicator } = detail;
  const path = href(lang, `/indicatoren/${encodeURIComponent(indicator.id)}`);
  const shown = shownComparisons(detail.comparisons, view);
  const toggle = `${path}${chartViewQuery({ ...view, peers: shown.length > 0 ? [] : 'all' })}`;
  const { model, summary } = figure;
  return (
    <section aria-labelledby="verloop" className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verloop" className="text-tremor-title font-semibold">
          {t.indicator.chartTitle}
        </h2>
        {detail.comparisons.length > 0 && (
          <a
            href={toggle}
            className="rounded-tremor-small border border-tremor-brand px-2 py-1 text-tremor-default text-tremor-brand-emphasis hover:bg-teal-50"
            aria-pressed={shown.length > 0}
            role="button"
            data-testid="peers-toggle"
          >
            {shown.length > 0 ? t.indicator.peersOff : t.indicator.peersOn(detail.comparisons.map((c) => c.region.name ?? c.region.code))}
          </a>
        )}
      </div>
      {view.asOf !== null && <AsOfNotice date={view.asOf} current={`${path}${chartViewQuery({ ...view, asOf: null })}`} lang={lang} />}
      <ChartViewForm
        id={indicator.id}
        view={view}
        defaultRegion={defaultRegion}
        wijken={wijken}
        comparisons={detail.comparisons.filter((c) => c.series.length > 0).map((c) => ({ region: c.region, shown: shown.includes(c) }))}
        lang={lang}
      />
      {summary === null ? (
        // No figures at all: the true reason per input and what would fill it, never a generic "no figures".
        <CoverageReasons coverage={detail.coverage} lang={lang} />
      ) : (
        <p className="mt-3 text-tremor-default" data-testid="chart-summary">
          {summary}
        </p>
      )}
      {model.series.length > 0 && (
        <>
          <ChartOrTable
            figure={figure}
            display={view.display}
            caption={`${indicator.title} — ${t.indicator.chartTitle.toLowerCase()}`}
            lang={lang}
          />
          <ChartDownloads
            id={indicator.id}
            view={view}
            peers={shown.map((c) => c.region.code)}
            stem={`koers-${indicator.id}-${detail.region.code}`}
            indexed={model.indexed}
            lang={lang}
          />
        </>
      )}
    </section>
  );
}
