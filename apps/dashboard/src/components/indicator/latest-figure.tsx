import type { IndicatorDetailResponse } from '@koers/api-contracts';
import type { ReactNode } from 'react';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { usedTrendValue } from '../../lib/view/progress.view';
import { ExampleDataTag } from '../example-data-tag';
import { StaleTag } from '../stale-tag';

/**
 * The latest published figure in the page header, with what is true of it: voorbeelddata, provisional, out of
 * date. When the verdict looked at the trend, a sentence says so here — the page shows one number per year, the
 * published one, never a second "value in <year>".
 */
export function LatestFigure({ detail, lang, badge }: { detail: IndicatorDetailResponse; lang: Lang; badge: ReactNode }) {
  const t = dictionary(lang);
  const { latest } = detail;
  if (!latest) return <div className="mt-2">{badge}</div>;
  return (
    <div className="mt-2 space-y-1" data-testid="latest-figure">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {badge}
        <span className="text-lg font-semibold tabular-nums">
          {formatValue(latest.value, detail.indicator.unit, detail.indicator.decimals, lang)}
        </span>
        <span className="text-tremor-default text-tremor-content-emphasis">
          ({detail.region.name ?? detail.region.code}, {latest.year}
          {latest.provisional ? `, ${t.provisional}` : ''})
        </span>
        {latest.demo && <ExampleDataTag lang={lang} />}
        {detail.progress.stale && <StaleTag lang={lang} />}
      </div>
      {latest.demo && <p className="text-tremor-default text-violet-900">{t.exampleNote}</p>}
      {usedTrendValue(detail.progress) && (
        <p className="text-tremor-default text-tremor-content-emphasis" data-testid="trend-note">
          {t.trendNote}
        </p>
      )}
    </div>
  );
}
