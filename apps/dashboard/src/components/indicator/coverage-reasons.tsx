import type { CoverageView } from '@koers/api-contracts';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { reasonHref } from '../../lib/view/coverage.view';

/**
 * Why an indicator shows less than a verdict, in the API's words, each with where to act: the StatLine page of
 * the table, or the upload template (through the dashboard's /api forwarder). Nothing when there is a verdict.
 */
export function CoverageReasons({ coverage, lang, heading = true }: { coverage: CoverageView; lang: Lang; heading?: boolean }) {
  const t = dictionary(lang).coverage;
  if (coverage.kind === 'verdict') return null;
  return (
    <div data-testid="coverage-reasons" data-coverage-kind={coverage.kind} className="mt-2 text-tremor-default">
      {heading && <h3 className="font-medium">{coverage.kind === 'none' ? t.titleNone : t.title}</h3>}
      {coverage.kind === 'demo-only' && <p className="mt-1">{t.demoOnly}</p>}
      {coverage.reasons.length > 0 && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {coverage.reasons.map((reason, index) => (
            <li key={`${reason.code}-${index}`} data-reason={reason.code}>
              {reason.text}
              {reason.link && (
                <>
                  {' '}
                  <a href={reasonHref(reason.link.href)} className="text-tremor-brand-emphasis underline">
                    {reason.link.label}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
