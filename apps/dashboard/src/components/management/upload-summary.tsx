import type { UploadResponse } from '@koers/api-contracts';
import { formatNumber } from '../../lib/format/number.format';
import { href, type Lang } from '../../lib/i18n/lang';
import { uploadSummary } from '../../lib/view/upload-summary.view';
import { managementTexts } from './management-texts';

/** What a checked or loaded file holds and changes: counts, periods, the indicators it feeds, notes, replacement. */
export function UploadSummary({ response, lang }: { response: UploadResponse; lang: Lang }) {
  const t = managementTexts(lang).upload;
  const summary = uploadSummary(response, lang);
  const stored = response.outcome !== 'dry-run-ok';
  return (
    <section aria-label={t.summary} className="space-y-2 text-tremor-default" data-testid="upload-summary">
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr_auto_1fr]">
        {summary.counts.map(({ key, value }) => (
          <div key={key} className="contents" data-count={key}>
            <dt className="text-tremor-content-emphasis">{t.counts[key]}</dt>
            <dd className="tabular-nums" data-value={value}>
              {formatNumber(value, 0, lang)}
            </dd>
          </div>
        ))}
        {summary.periods && (
          <div className="contents">
            <dt className="text-tremor-content-emphasis">{t.periods}</dt>
            <dd data-testid="upload-periods">{summary.periods}</dd>
          </div>
        )}
      </dl>
      <div>
        <h3 className="font-medium">{t.indicators}</h3>
        {summary.indicators.length === 0 ? (
          <p>{t.noIndicators}</p>
        ) : (
          <ul className="list-inside list-disc" data-testid="upload-indicators">
            {summary.indicators.map((indicator) => (
              <li key={indicator.id} data-indicator={indicator.id}>
                <a className="underline" href={href(lang, `/indicatoren/${indicator.id}`)}>
                  {indicator.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
      {summary.notices.length > 0 && (
        <div>
          <h3 className="font-medium">{t.notices}</h3>
          <ul className="list-inside list-disc" data-testid="upload-notices">
            {summary.notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </div>
      )}
      {summary.replaces && (
        <p data-testid="upload-replaces">{stored ? t.replaced(summary.replaces.versionId) : t.wouldReplace(summary.replaces.versionId)}</p>
      )}
    </section>
  );
}
