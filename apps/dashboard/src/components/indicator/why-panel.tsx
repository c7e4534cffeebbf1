import type { IndicatorDetailResponse } from '@koers/api-contracts';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { explanationWithoutGuards, trendPaceSentence, usedTrendValue } from '../../lib/view/progress.view';
import { StatusBadge } from '../status-badge';
import { CoverageReasons } from './coverage-reasons';

/**
 * "Waarom deze status": the API's explanation and guards when there are real figures; without them the true
 * reasons per input with where to act (when there are no figures at all, the chart section shows those).
 * When the verdict looked at the trend, the API's sentence names the trend value as the value of the latest
 * year; the page shows one number per year, so the pace is said in words instead.
 */
export function WhyPanel({ detail, lang }: { detail: IndicatorDetailResponse; lang: Lang }) {
  const t = dictionary(lang);
  const { progress, coverage } = detail;
  const e = progress.explanation;
  const real = coverage.kind === 'verdict' || coverage.kind === 'real';
  const trend = usedTrendValue(progress);
  const text = trend
    ? [t.trendNote, trendPaceSentence(e, detail.indicator.unit, detail.indicator.decimals, lang)].filter(Boolean).join(' ')
    : explanationWithoutGuards(e);
  // The trend guard's own sentence is the technical form of the note above.
  const guards = e.guards.filter((g) => !(trend && g.code === 'noise-guard-trend'));
  return (
    <section aria-labelledby="waarom" className="rounded-tremor-default border border-tremor-border bg-white p-4" data-testid="why">
      <h2 id="waarom" className="text-tremor-title font-semibold">
        {t.indicator.why}
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        <StatusBadge status={progress.status} label={progress.statusLabel} scale={progress.scale} />
        {progress.scaleLabel !== progress.statusLabel && (
          <span className="text-tremor-label text-tremor-content-emphasis">({progress.scaleLabel})</span>
        )}
      </div>
      {real && (
        <p className="mt-2 text-tremor-default" data-testid="why-text">
          {text}
        </p>
      )}
      {real && guards.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-tremor-default text-tremor-content-emphasis">
          {guards.map((g) => (
            <li key={g.code}>{g.text}</li>
          ))}
        </ul>
      )}
      {coverage.kind === 'none' ? (
        <p className="mt-2 text-tremor-default">{t.coverage.seeAbove}</p>
      ) : (
        <CoverageReasons coverage={coverage} lang={lang} />
      )}
    </section>
  );
}
