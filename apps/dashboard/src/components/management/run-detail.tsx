import { Fragment } from 'react';
import type { EtlRunDetailResponse } from '@koers/api-contracts';
import { formatDateTime, formatNumber } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { DataTable } from '../data-table';

/** What one run was: source, table, why it ran, status (in words), when, how long, its row counts and its error. */
export function RunFacts({ run, lang }: { run: EtlRunDetailResponse; lang: Lang }) {
  const t = dictionary(lang).beheer;
  const f = t.run.fields;
  const n = (v: number) => formatNumber(v, 0, lang);
  const facts: [string, string][] = [
    [f.source, run.source],
    [f.table, run.tableId ?? '–'],
    [f.trigger, t.run.triggers[run.trigger]],
    [f.status, t.runStatus[run.status]],
    [f.started, formatDateTime(run.startedAt, lang)],
    [f.finished, formatDateTime(run.finishedAt, lang)],
    [f.duration, run.durationMs === null ? '–' : t.run.seconds(formatNumber(run.durationMs / 1000, 1, lang))],
    [f.dryRun, run.dryRun ? t.run.yes : t.run.no],
    [f.read, n(run.rowsRead)],
    [f.inserted, n(run.rowsInserted)],
    [f.unchanged, n(run.rowsUnchanged)],
    [f.rejected, n(run.rowsRejected)],
    [f.error, run.errorMessage ? `${run.errorCode ?? ''} ${run.errorMessage}`.trim() : '–'],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-tremor-default" data-testid="run-facts" data-status={run.status}>
      {facts.map(([term, value]) => (
        <Fragment key={term}>
          <dt className="font-medium">{term}</dt>
          <dd className="break-words">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The rows the run could not load, with where they were and why (the API gives the first 1,000). */
export function RejectedRowsTable({ run, lang }: { run: EtlRunDetailResponse; lang: Lang }) {
  const t = dictionary(lang).beheer.run;
  if (run.rejectedRowsTotal === 0) return <p>{t.noRejected}</p>;
  return (
    <DataTable
      caption={t.rejectedShown(formatNumber(run.rejectedRows.length, 0, lang), formatNumber(run.rejectedRowsTotal, 0, lang))}
      numericFrom={99}
      headers={t.rejectedHeaders}
      rows={run.rejectedRows.map((row) => [row.location, row.rawValue ?? '–', row.reason])}
    />
  );
}
