import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ExampleDataTag } from '../../../../components/example-data-tag';
import { StaleTag } from '../../../../components/stale-tag';
import { Sparkline } from '../../../../components/sparkline';
import { StatusBadge } from '../../../../components/status-badge';
import { getAmbition } from '../../../../lib/api/ambitions';
import { formatValue } from '../../../../lib/format/number.format';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { pageTitle } from '../../../../lib/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const ambition = await getAmbition((await params).id, lang);
  return { title: pageTitle(ambition, (a) => a.title, dictionary(lang).nav.home) };
}

export default async function AmbitionPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const result = await getAmbition((await params).id, lang);
  if (!result.ok) return notFoundOrUnavailable(lang, result.status);
  // One request: each indicator's figure, sparkline, status and target come with the ambition.
  const ambition = result.data;
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-tremor-metric font-semibold">{ambition.title}</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">{ambition.description}</p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <StatusBadge status={ambition.rollUp.overall} label={ambition.rollUp.overallLabel} scale={ambition.rollUp.overall} />
          <span className="text-tremor-default">{ambition.rollUp.text}</span>
        </div>
        <blockquote className="mt-3 max-w-3xl border-l-4 border-teal-700 pl-3 text-tremor-default italic" data-vision>
          “{ambition.policy.quote}” <span className="not-italic text-tremor-content-emphasis">— {ambition.policy.citation}</span>
        </blockquote>
      </header>
      <section aria-labelledby="indicatoren" className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
        <h2 id="indicatoren" className="text-tremor-title font-semibold">
          {t.ambition.indicators}
        </h2>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-tremor-default">
            <thead>
              <tr className="border-b border-tremor-border text-left">
                <th scope="col" className="px-2 py-1">
                  {t.table.indicator}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t.ambition.trend}
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  {t.table.latest}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t.table.status}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t.indicator.target}
                </th>
              </tr>
            </thead>
            <tbody>
              {ambition.indicators.map((indicator) => {
                const target = indicator.target;
                return (
                  <tr key={indicator.id} className="border-b border-tremor-border align-middle" data-indicator={indicator.id}>
                    <th scope="row" className="px-2 py-2 text-left font-medium">
                      <a href={href(lang, `/indicatoren/${indicator.id}`)} className="underline">
                        {indicator.title}
                      </a>
                    </th>
                    <td className="px-2 py-2">
                      <Sparkline points={indicator.sparkline} />
                    </td>
                    <td className="px-2 py-2 text-right tabular-nums">
                      {indicator.latest ? (
                        <>
                          {formatValue(indicator.latest.value, indicator.unit, indicator.decimals, lang)}{' '}
                          <span className="text-tremor-content-emphasis">
                            ({indicator.latest.year}
                            {indicator.latest.provisional ? `, ${t.provisional}` : ''})
                          </span>
                          {indicator.latest.demo && (
                            <>
                              {' '}
                              <ExampleDataTag lang={lang} />
                            </>
                          )}
                          {indicator.stale && (
                            <>
                              {' '}
                              <StaleTag lang={lang} />
                            </>
                          )}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="px-2 py-2">
                      <StatusBadge status={indicator.status} label={indicator.statusLabel} scale={indicator.scale} />
                    </td>
                    <td className="px-2 py-2">
                      {target?.targetValue != null && target.targetYear != null
                        ? t.indicator.targetText(
                            formatValue(target.targetValue, indicator.unit, indicator.decimals, lang),
                            target.targetYear,
                          )
                        : target?.kind === 'band'
                          ? `${formatValue(target.lower, indicator.unit, indicator.decimals, lang)} – ${formatValue(target.upper, indicator.unit, indicator.decimals, lang)}`
                          : '–'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
