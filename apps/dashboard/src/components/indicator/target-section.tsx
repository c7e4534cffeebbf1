import type { IndicatorDetailResponse } from '@koers/api-contracts';
import { formatNumber, formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { WhyPanel } from './why-panel';

/** The target from the vision with its milestones, beside "waarom deze status". */
export function TargetSection({ detail, lang }: { detail: IndicatorDetailResponse; lang: Lang }) {
  const t = dictionary(lang);
  const { indicator, target } = detail;
  const fmt = (v: number | null | undefined) => formatValue(v, indicator.unit, indicator.decimals, lang);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="doel" className="rounded-tremor-default border border-tremor-border bg-white p-4" data-testid="target">
        <h2 id="doel" className="text-tremor-title font-semibold">
          {t.indicator.target}
        </h2>
        {target ? (
          <div className="mt-2 space-y-2 text-tremor-default">
            {target.targetValue !== null && target.targetYear !== null && (
              <p className="text-lg font-semibold">{t.indicator.targetText(fmt(target.targetValue), target.targetYear)}</p>
            )}
            {target.kind === 'band' && <p className="text-lg font-semibold">{`${fmt(target.lower)} – ${fmt(target.upper)}`}</p>}
            {target.kind === 'cumulative-flow' && target.ratePerYear === null && target.baseYear !== null && (
              <p>{lang === 'nl' ? `Cumulatief vanaf ${target.baseYear}.` : `Cumulative from ${target.baseYear}.`}</p>
            )}
            {target.ratePerYear !== null && (
              <p>
                {lang === 'nl'
                  ? `Tempo: ${formatNumber(target.ratePerYear * 100, 1, lang)}% per jaar.`
                  : `Pace: ${formatNumber(target.ratePerYear * 100, 1, lang)}% a year.`}
              </p>
            )}
            {target.milestones.length > 0 && (
              <p>
                {t.indicator.milestones}: {target.milestones.map((m) => `${m.year}: ${fmt(m.value)}`).join(' · ')}
              </p>
            )}
            {target.tolerance && (
              <p className="text-tremor-content-emphasis">
                ± {formatNumber(target.tolerance.value, 1, lang)} — {target.tolerance.rationale}
              </p>
            )}
            {/* The vision's own words: its target as it set it, named by its document (data-vision marks them). */}
            <blockquote className="border-l-4 border-teal-700 pl-3 italic" data-vision>
              “{target.policy.quote}”
            </blockquote>
            <p className="text-tremor-label text-tremor-content-emphasis" data-vision>
              {t.indicator.targetSource(target.policy.citation)}
            </p>
          </div>
        ) : (
          <p className="mt-2 text-tremor-default">{t.indicator.noTarget}</p>
        )}
      </section>
      <WhyPanel detail={detail} lang={lang} />
    </div>
  );
}
