import { DATA_LICENCE } from '@koers/indicators';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { shareDictionary } from '../../lib/i18n/share-dictionary';
import type { ChartFigure } from '../../lib/view/chart-figure.view';
import { ChartDataTable } from '../chart/chart-data-table';
import { IndicatorChart } from '../chart/indicator-chart';

interface Props {
  readonly title: string;
  readonly figure: ChartFigure;
  /** What the chart shows in one sentence: its accessible name. */
  readonly label: string;
  /** Which figures these are: the newest, as published on a day, or as a council edition adopted them. */
  readonly pinLine: string;
  readonly source: string;
  /** The indicator's page on Koers. */
  readonly link: string;
  readonly lang: Lang;
}

/** The chart alone, as it sits in another site's frame: title, chart, the table under a fold, source and licence. */
export function EmbeddedChart({ title, figure, label, pinLine, source, link, lang }: Props) {
  const t = dictionary(lang);
  const s = shareDictionary(lang);
  return (
    <article data-testid="embedded-chart">
      <h1 className="text-tremor-title font-semibold">{title}</h1>
      <p className="text-tremor-label text-tremor-content-emphasis" data-testid="embed-pin">
        {pinLine}
      </p>
      <IndicatorChart model={figure.model} unit={figure.unit} decimals={figure.decimals} lang={lang} label={label} />
      <details className="mt-2">
        <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.indicator.showTable}</summary>
        <ChartDataTable model={figure.model} unit={figure.unit} decimals={figure.decimals} lang={lang} caption={title} />
      </details>
      <p className="mt-2 text-tremor-label text-tremor-content-emphasis">
        {s.image.source(source)}{' '}
        <a href={DATA_LICENCE.url} target="_blank" rel="noopener license" className="underline">
          {DATA_LICENCE.short}
        </a>
        {' · '}
        <a href={link} target="_blank" rel="noopener" className="font-medium text-tremor-brand-emphasis underline">
          {s.embedded.open} <span className="sr-only">{s.embedded.newWindow}</span>
        </a>
      </p>
    </article>
  );
}
