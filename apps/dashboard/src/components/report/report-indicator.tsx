import type { ReportFigureView, ReportIndicatorView } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { reportChartModel } from '../../lib/view/report-chart.view';
import { figureText, previousEditionSentence, reportFigureSentence } from '../../lib/view/report-sentence.view';
import { StatusBadge } from '../status-badge';
import { StaleTag } from '../stale-tag';
import { ReportChart } from './report-chart';
import { reportTexts } from './report-texts';

interface Props {
  readonly indicator: ReportIndicatorView;
  readonly year: number;
  readonly regionName: string;
  /** The number of the indicator's source in the section's footnotes. */
  readonly footnote: number;
  readonly footnoteId: string;
  readonly previousEditionNumber: number | null;
  readonly lang: Lang;
}

function Figure({
  label,
  figure,
  indicator,
  lang,
  stale,
}: {
  label: string;
  figure: ReportFigureView | null;
  indicator: ReportIndicatorView;
  lang: Lang;
  stale: boolean;
}) {
  return (
    <div>
      <dt className="text-tremor-label text-tremor-content-emphasis">{label}</dt>
      <dd className="flex flex-wrap items-center gap-1 font-semibold tabular-nums">
        {figure ? figureText(figure, indicator.unit, indicator.decimals, lang) : '–'}
        {stale && <StaleTag lang={lang} />}
      </dd>
    </div>
  );
}

/**
 * One indicator in the council report: its figure (labelled with its year) beside the last earlier one, a small
 * chart with the target path and the previous edition's figure, the figures in one plain sentence, the status with
 * its reason in one line, and a footnote with the source. The full calculation folds open on screen only.
 */
export function ReportIndicator({ indicator, year, regionName, footnote, footnoteId, previousEditionNumber, lang }: Props) {
  const t = reportTexts(lang);
  const { figure, previous, unit, decimals } = indicator;
  const model = reportChartModel(indicator, regionName, lang, previousEditionNumber);
  const sentence = reportFigureSentence({ unit, decimals, figure, previous }, year, lang);
  const before = previousEditionSentence(figure, indicator.previousEditionFigure, unit, decimals, lang);
  // The reason is shown once: often the status line already is the reason.
  const reason = indicator.reason && indicator.reason !== indicator.statusLine ? indicator.reason : null;
  const figureLabel = figure ? `${t.figure} ${figure.year}` : t.figure;
  return (
    <article
      data-indicator={indicator.id}
      data-has-figure={figure !== null}
      className="print-avoid-break border-t border-tremor-border py-3"
      aria-labelledby={`ind-${indicator.id}`}
    >
      <div className={model ? 'grid gap-3 md:grid-cols-[minmax(0,1fr)_20rem] print:grid-cols-[minmax(0,1fr)_17rem]' : ''}>
        <div className="min-w-0 space-y-1.5">
          <h3 id={`ind-${indicator.id}`} className="font-semibold">
            {indicator.title}
            <sup className="ml-0.5 font-normal">
              <a href={`#${footnoteId}`} aria-label={`${t.sourceNote} ${footnote}`}>
                {footnote}
              </a>
            </sup>
          </h3>
          {figure && (
            <dl className="flex flex-wrap gap-x-6 gap-y-1">
              <Figure label={figureLabel} figure={figure} indicator={indicator} lang={lang} stale={indicator.stale} />
              {previous && (
                <Figure label={t.previousFigure(previous.year)} figure={previous} indicator={indicator} lang={lang} stale={false} />
              )}
            </dl>
          )}
          <p className="text-tremor-default">{sentence}</p>
          <p className="flex flex-wrap items-center gap-2 text-tremor-default" data-testid="status-line">
            <StatusBadge status={indicator.status} label={indicator.statusLabel} scale={indicator.scale} />
            <span>{indicator.statusLine}</span>
          </p>
          {reason && <p className="text-tremor-default text-tremor-content-emphasis">{reason}</p>}
          {before && (
            <p className="text-tremor-label text-tremor-content-emphasis" data-testid="previous-edition">
              {before}
            </p>
          )}
          {figure && indicator.explanation && indicator.explanation !== indicator.statusLine && indicator.explanation !== reason && (
            <details className="no-print text-tremor-default">
              <summary className="cursor-pointer text-tremor-brand-emphasis underline">{t.why}</summary>
              <p className="mt-1 max-w-prose">{indicator.explanation}</p>
            </details>
          )}
        </div>
        {model && <ReportChart model={model} unit={unit} decimals={decimals} lang={lang} label={`${indicator.title}: ${sentence}`} />}
      </div>
    </article>
  );
}
