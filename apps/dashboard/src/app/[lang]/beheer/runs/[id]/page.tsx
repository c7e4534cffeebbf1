import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../../components/api-unavailable';
import { RejectedRowsTable, RunFacts } from '../../../../../components/management/run-detail';
import { getEtlRun } from '../../../../../lib/api/etl-runs';
import { dictionary } from '../../../../../lib/i18n/dictionary';
import { href } from '../../../../../lib/i18n/lang';
import { pageLang } from '../../../../../lib/i18n/page-lang';
import { pageTitle } from '../../../../../lib/i18n/page-title';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const title = dictionary(lang).beheer.run.title((await params).id);
  return { title: pageTitle(await getEtlRun((await params).id, lang), () => title, title) };
}

export default async function RunPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang).beheer;
  const { id } = await params;
  const run = await getEtlRun(id, lang);
  if (!run.ok) return notFoundOrUnavailable(lang, run.status);
  return (
    <article className="space-y-6">
      <header>
        <p className="text-tremor-default">
          <a href={href(lang, '/beheer')} className="text-tremor-brand-emphasis underline">
            ← {t.run.back}
          </a>
        </p>
        <h1 className="mt-1 text-tremor-metric font-semibold">{t.run.title(run.data.id)}</h1>
      </header>
      <section className="rounded-tremor-default border border-tremor-border bg-white p-4">
        <RunFacts run={run.data} lang={lang} />
      </section>
      <section className="rounded-tremor-default border border-tremor-border bg-white p-4" aria-labelledby="rejected">
        <h2 id="rejected" className="text-tremor-title font-semibold">
          {t.run.rejected}
        </h2>
        <RejectedRowsTable run={run.data} lang={lang} />
      </section>
    </article>
  );
}
