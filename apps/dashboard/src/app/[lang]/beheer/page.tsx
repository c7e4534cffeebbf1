import { Card } from '@tremor/react';
import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { EtlRunsTable } from '../../../components/management/etl-runs-table';
import { ManagementPanel } from '../../../components/management/management-panel';
import { UploadedFilesTable } from '../../../components/management/uploaded-files-table';
import { SourcesTable } from '../../../components/sources-table';
import { SystemStatus } from '../../../components/system-status';
import { getEtlRuns } from '../../../lib/api/etl-runs';
import { getHealth } from '../../../lib/api/health';
import { getSources } from '../../../lib/api/sources';
import { getUploads } from '../../../lib/api/uploads';
import { dictionary } from '../../../lib/i18n/dictionary';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).beheer.title };
}

export default async function ManagementPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  // Live on every request (never cached, ../../../server/page-cache): the state of the API and the database too.
  const [runs, uploads, sources, health] = await Promise.all([getEtlRuns(lang), getUploads(lang), getSources(lang), getHealth()]);
  return (
    <div className="space-y-6">
      <h1 className="text-tremor-metric font-semibold">{t.beheer.title}</h1>
      <SystemStatus health={health} lang={lang} />
      {/* Tremor's Card: the plain white panel with its ring; a little less padding on a phone. */}
      <Card className="p-4 sm:p-6">
        <ManagementPanel lang={lang} uploads={uploads.ok ? uploads.data.data : []} />
      </Card>
      <Card className="p-4 sm:p-6">
        <section aria-labelledby="runs">
          <h2 id="runs" className="text-tremor-title font-semibold">
            {t.beheer.runs}
          </h2>
          {runs.ok ? <EtlRunsTable runs={runs.data} lang={lang} /> : <ApiUnavailable lang={lang} status={runs.status} />}
        </section>
      </Card>
      <Card className="p-4 sm:p-6">
        <section aria-labelledby="uploads">
          <h2 id="uploads" className="text-tremor-title font-semibold">
            {t.beheer.uploads}
          </h2>
          {uploads.ok ? <UploadedFilesTable uploads={uploads.data} lang={lang} /> : <ApiUnavailable lang={lang} status={uploads.status} />}
        </section>
      </Card>
      {sources.ok && (
        <Card className="p-4 sm:p-6">
          <SourcesTable sources={sources.data} lang={lang} caption={t.beheer.freshness} />
        </Card>
      )}
    </div>
  );
}
