import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { DataTable } from '../../../components/data-table';
import { ManagementPanel } from '../../../components/management-panel';
import { SourcesTable } from '../../../components/sources-table';
import { getEtlRuns } from '../../../lib/api/etl-runs';
import { getSources } from '../../../lib/api/sources';
import { formatDate, formatNumber } from '../../../lib/format/number.format';
import { dictionary } from '../../../lib/i18n/dictionary';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).beheer.title };
}

const STATUS = { running: { nl: '⟳ bezig', en: '⟳ running' }, succeeded: { nl: '✓ gelukt', en: '✓ succeeded' }, failed: { nl: '✕ mislukt', en: '✕ failed' }, skipped: { nl: '– overgeslagen', en: '– skipped' } } as const;

export default async function ManagementPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const nl = lang === 'nl';
  const [runs, sources] = await Promise.all([getEtlRuns(lang), getSources(lang)]);
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <div className="space-y-6">
      <h1 className="text-tremor-metric font-semibold">{t.beheer.title}</h1>
      <section className="rounded-tremor-default border border-tremor-border bg-white p-4">
        <ManagementPanel lang={lang} />
      </section>
      <section className="rounded-tremor-default border border-tremor-border bg-white p-4" aria-labelledby="runs">
        <h2 id="runs" className="text-tremor-title font-semibold">{t.beheer.runs}</h2>
        {runs.ok ? (
          <DataTable
            caption={nl ? 'Nieuwste eerst' : 'Newest first'}
            numericFrom={4}
            headers={nl ? ['Run', 'Bron', 'Status', 'Gestart', 'Gelezen', 'Nieuw', 'Ongewijzigd', 'Geweigerd', 'Fout'] : ['Run', 'Source', 'Status', 'Started', 'Read', 'New', 'Unchanged', 'Rejected', 'Error']}
            rows={runs.data.data.map((run) => [
              `#${run.id}`,
              `${run.source}${run.tableId ? ` / ${run.tableId}` : ''}`,
              STATUS[run.status][lang],
              formatDate(run.startedAt, lang),
              n(run.rowsRead),
              n(run.rowsInserted),
              n(run.rowsUnchanged),
              n(run.rowsRejected),
              run.errorMessage ? `${run.errorCode ?? ''} ${run.errorMessage}` : '–',
            ])}
          />
        ) : (
          <ApiUnavailable lang={lang} status={runs.status} />
        )}
      </section>
      {sources.ok && (
        <section className="rounded-tremor-default border border-tremor-border bg-white p-4">
          <SourcesTable sources={sources.data} lang={lang} caption={t.beheer.freshness} />
        </section>
      )}
    </div>
  );
}
