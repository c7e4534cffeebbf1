'use client';

import { Callout } from '@tremor/react';
import type { UploadIssueView } from '@koers/api-contracts';
import type { UploadOutcome } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { failureText, managementTexts } from './management-texts';
import { RunLink } from './run-link';
import { UploadSummary } from './upload-summary';

/**
 * What the API made of an uploaded file: loaded (with its run), loaded before, checked in a proefrun — each with
 * what the file holds and changes — every issue, or why not.
 */
export function UploadResult({ outcome, lang }: { outcome: UploadOutcome; lang: Lang }) {
  const texts = managementTexts(lang);
  const t = texts.upload;
  switch (outcome.kind) {
    case 'loaded':
    case 'already-loaded':
    case 'dry-run': {
      const runId = outcome.response.runId;
      const title = outcome.kind === 'loaded' ? t.loaded : outcome.kind === 'already-loaded' ? t.already : t.checked;
      return (
        <div className="space-y-3">
          <Callout
            title={`✓ ${title}`}
            color={outcome.kind === 'dry-run' ? 'sky' : 'emerald'}
            data-testid={outcome.kind === 'dry-run' ? 'upload-checked' : 'upload-done'}
          >
            {runId ? <RunLink id={runId} lang={lang} /> : null}
          </Callout>
          <UploadSummary response={outcome.response} lang={lang} />
        </div>
      );
    }
    case 'rejected':
      return <UploadIssues issues={outcome.issues} truncated={outcome.truncated} lang={lang} />;
    case 'unauthorized':
    case 'forbidden':
    case 'failed':
    case 'unreachable': {
      const text = outcome.kind === 'failed' && outcome.status === 404 ? t.notOffered : failureText(outcome, texts, t.forbidden);
      return <Callout title={`✕ ${text}`} color="rose" role="alert" />;
    }
  }
}

/** Every issue of a refused file: row (header = 1), column, value and what is wrong, in the page's language. */
function UploadIssues({ issues, truncated, lang }: { issues: readonly UploadIssueView[]; truncated: boolean; lang: Lang }) {
  const t = managementTexts(lang).upload;
  return (
    <div role="alert" data-testid="upload-issues" className="space-y-2">
      <Callout title={`✕ ${t.rejected}`} color="rose">
        {truncated ? t.truncated : null}
      </Callout>
      <table className="w-full text-tremor-default">
        <thead>
          <tr className="border-b text-left">
            <th scope="col">{t.row}</th>
            <th scope="col">{t.column}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.problem}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i} className="border-b" data-testid="upload-issue">
              <td className="tabular-nums">{issue.row ?? '–'}</td>
              <td>{issue.column ?? '–'}</td>
              <td>{issue.value ?? '–'}</td>
              <td>{lang === 'en' ? issue.message_en : issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
