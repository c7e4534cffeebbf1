import type { AmbitionView, IndicatorStatusView } from '@koers/api-contracts';
import { formatChange, formatValue } from '../lib/format/number.format';
import { dictionary } from '../lib/i18n/dictionary';
import { href, Lang } from '../lib/i18n/lang';
import { ExampleDataTag } from './example-data-tag';
import { StaleTag } from './stale-tag';
import { StatusBadge } from './status-badge';

/** Up to three indicators of an ambition that have figures: the ones shown on its card. */
function headline(ambition: AmbitionView): IndicatorStatusView[] {
  return ambition.indicators.filter((indicator) => indicator.latest !== null).slice(0, 3);
}

/**
 * One ambition on the home page: its roll-up and headline indicators with the latest figure, its change from the
 * figure before and status, all as GET /ambitions gives them.
 */
export function AmbitionCard({ ambition, lang }: { ambition: AmbitionView; lang: Lang }) {
  const t = dictionary(lang);
  const indicators = headline(ambition);
  return (
    <article
      className="flex flex-col rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card"
      data-testid="ambition-card"
      data-ambition={ambition.id}
    >
      <h2 className="text-tremor-title font-semibold">
        <a href={href(lang, `/ambities/${ambition.id}`)} className="hover:underline">
          {ambition.title}
        </a>
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={ambition.rollUp.overall} label={ambition.rollUp.overallLabel} scale={ambition.rollUp.overall} />
        <span className="text-tremor-label text-tremor-content-emphasis">
          {t.home.assessed(ambition.rollUp.assessed, ambition.rollUp.total)}
        </span>
      </div>
      <h3 className="mt-4 text-tremor-label font-semibold uppercase tracking-wide text-tremor-content-emphasis">{t.home.headline}</h3>
      {indicators.length === 0 ? (
        <p className="mt-1 text-tremor-default">{t.home.noData(ambition.indicators.length)}</p>
      ) : (
        <ul className="mt-1 divide-y divide-tremor-border">
          {indicators.map((indicator) => {
            const { latest: value, previous } = indicator;
            const change = value && previous ? value.value - previous.value : null;
            return (
              <li key={indicator.id} className="py-2" data-indicator={indicator.id}>
                <a href={href(lang, `/indicatoren/${indicator.id}`)} className="font-medium hover:underline">
                  {indicator.title}
                </a>
                <div className="mt-0.5 flex flex-wrap items-baseline gap-x-2 gap-y-1 text-tremor-default">
                  <span className="text-lg font-semibold tabular-nums">
                    {formatValue(value?.value, indicator.unit, indicator.decimals, lang)}
                  </span>
                  <span className="text-tremor-content-emphasis">
                    ({value?.year}
                    {value?.provisional ? `, ${t.provisional}` : ''})
                  </span>
                  {previous && (
                    <span className="text-tremor-content-emphasis tabular-nums">
                      {formatChange(change, indicator.unit, indicator.decimals, lang)} {t.home.vsPrevious(previous.year)}
                    </span>
                  )}
                  {value?.demo && <ExampleDataTag lang={lang} />}
                  {indicator.stale && <StaleTag lang={lang} />}
                </div>
                <div className="mt-1">
                  <StatusBadge status={indicator.status} label={indicator.statusLabel} scale={indicator.scale} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-auto pt-3 text-tremor-default">
        <a href={href(lang, `/ambities/${ambition.id}`)} className="text-tremor-brand-emphasis underline">
          {t.home.more(ambition.title)}
        </a>
      </p>
    </article>
  );
}
