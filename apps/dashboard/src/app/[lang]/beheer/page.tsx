import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { EtlRunsTable } from '../../../components/management/etl-runs-table';
import { ManagementPanel } from '../../../components/management/management-panel';
import { UploadedFilesTable } from '../../../components/management/uploaded-files-table';
import { SourcesTable } from '../../../components/sources-table';
import { getEtlRuns } from '../../../lib/api/etl-runs';
import { getSources } from '../../../lib/api/sources';
import { getUploads } from '../../../lib/api/uploads';
import { dictionary } from '../../../lib/i18n/dictionary';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).beheer.title };
}

const CARD = 'rounded-tremor-default border border-tremor-border bg-white p-4';

export default async function ManagementPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const [runs, uploads, sources] = await Promise.all([getEtlRuns(lang), getUploads(lang), getSources(lang)]);
  return (
    <div className="space-y-6">
      <h1 className="text-tremor-metric font-semibold">{t.beheer.title}</h1>
      <section className={CARD}>
        <ManagementPanel lang={lang} />
      </section>
      <section className={CARD} aria-labelledby="runs">
        <h2 id="runs" className="text-tremor-title font-semibold">{t.beheer.runs}</h2>
        {runs.ok ? <EtlRunsTable runs={runs.data} lang={lang} /> : <ApiUnavailable lang={lang} status={runs.status} />}
      </section>
      <section className={CARD} aria-labelledby="uploads">
        <h2 id="uploads" className="text-tremor-title font-semibold">{t.beheer.uploads}</h2>
        {uploads.ok ? <UploadedFilesTable uploads={uploads.data} lang={lang} /> : <ApiUnavailable lang={lang} status={uploads.status} />}
      </section>
      {sources.ok && (
        <section className={CARD}>
          <SourcesTable sources={sources.data} lang={lang} caption={t.beheer.freshness} />
        </section>
      )}
    </div>
  );
}
