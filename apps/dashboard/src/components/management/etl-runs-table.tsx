import type { EtlRunListResponse } from '@koers/api-contracts';
import { formatDateTime, formatNumber } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { DataTable } from '../data-table';
import { RunLink } from './run-link';

/** The recent ETL runs with their counts; each run links to its page. Status in words and icons. */
export function EtlRunsTable({ runs, lang }: { runs: EtlRunListResponse; lang: Lang }) {
  const t = dictionary(lang).beheer;
  const n = (v: number) => formatNumber(v, 0, lang);
  return (
    <DataTable
      caption={t.newestFirst}
      numericFrom={4}
      headers={t.runHeaders}
      rows={runs.data.map((run) => [
        <RunLink key="run" id={run.id} lang={lang} />,
        `${run.source}${run.tableId ? ` / ${run.tableId}` : ''}`,
        t.runStatus[run.status],
        formatDateTime(run.startedAt, lang),
        n(run.rowsRead),
        n(run.rowsInserted),
        n(run.rowsUnchanged),
        n(run.rowsRejected),
        run.errorMessage ? `${run.errorCode ?? ''} ${run.errorMessage}` : '–',
      ])}
    />
  );
}
