import type { CoverageResponse } from '@koers/api-contracts';
import type { CoverageKind } from '@koers/indicators';
import { formatNumber } from '../lib/format/number.format';
import { dictionary } from '../lib/i18n/dictionary';
import { href, Lang } from '../lib/i18n/lang';
import { sourceLabel, yearSpans } from '../lib/view/coverage.view';
import { DataTable } from './data-table';

// Best first: the order the counts are read in.
const KINDS: readonly CoverageKind[] = ['verdict', 'real', 'demo-only', 'none'];

const KIND_STYLE: Record<CoverageKind, string> = {
  verdict: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  real: 'border-sky-300 bg-sky-50 text-sky-900',
  'demo-only': 'border-violet-300 bg-violet-50 text-violet-900',
  none: 'border-gray-300 bg-gray-50 text-gray-800',
};

function Counts({ counts, lang }: { counts: Readonly<Record<CoverageKind, number>>; lang: Lang }) {
  const t = dictionary(lang).coverage;
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-tremor-default">
      {KINDS.map((kind) => (
        <li
          key={kind}
          className={`rounded-tremor-small border px-2 py-0.5 ${KIND_STYLE[kind]}`}
          data-count-kind={kind}
          data-count={counts[kind]}
        >
          {t.kinds[kind]}: <strong className="tabular-nums">{formatNumber(counts[kind], 0, lang)}</strong>
        </li>
      ))}
    </ul>
  );
}

/**
 * What Koers can show, per ambition (`GET /coverage`): how many indicators have a verdict, real figures only,
 * only voorbeelddata or nothing, and per indicator why not more, from which tables and for which years.
 */
export function CoverageOverview({ coverage, lang }: { coverage: CoverageResponse; lang: Lang }) {
  const t = dictionary(lang).coverage;
  return (
    <section
      aria-labelledby="dekking"
      className="rounded-tremor-default border border-tremor-border bg-white p-4"
      data-testid="coverage-overview"
    >
      <h2 id="dekking" className="text-tremor-title font-semibold">
        {t.overview}
      </h2>
      <p className="mt-1 max-w-3xl text-tremor-default text-tremor-content-emphasis">{t.overviewIntro}</p>
      <div data-testid="coverage-totals">
        <h3 className="mt-3 font-medium">{t.total}</h3>
        <Counts counts={coverage.totals} lang={lang} />
      </div>
      {coverage.data.map((ambition) => (
        <div key={ambition.id} className="mt-5" data-ambition={ambition.id}>
          <h3 className="font-medium">{ambition.title}</h3>
          <Counts counts={ambition.counts} lang={lang} />
          <div className="mt-2">
            <DataTable
              caption={ambition.title}
              hideCaption
              numericFrom={99}
              headers={t.headers}
              rows={ambition.indicators.map((i) => [
                <a key={i.id} href={href(lang, `/indicatoren/${i.id}`)} className="underline">
                  {i.title}
                </a>,
                <span key="k" data-coverage-kind={i.kind}>
                  {t.kinds[i.kind]}
                </span>,
                i.reason ?? t.noReason,
                i.sources.length ? i.sources.map(sourceLabel).join(', ') : '–',
                i.years.length ? yearSpans(i.years) : '–',
              ])}
            />
          </div>
        </div>
      ))}
    </section>
  );
}
