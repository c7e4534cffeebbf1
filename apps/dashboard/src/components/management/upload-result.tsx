'use client';

import type { UploadIssueView } from '@koers/api-contracts';
import type { UploadOutcome } from '../../lib/api/management.client';
import type { Lang } from '../../lib/i18n/lang';
import { failureText, managementTexts } from './management-texts';
import { RunLink } from './run-link';

/** What the API made of an uploaded file: loaded (with its run), loaded before, every issue, or why not. */
export function UploadResult({ outcome, lang }: { outcome: UploadOutcome; lang: Lang }) {
  const texts = managementTexts(lang);
  const t = texts.upload;
  switch (outcome.kind) {
    case 'loaded':
    case 'already-loaded': {
      const runId = outcome.response.runId;
      return (
        <p className="text-emerald-900" data-testid="upload-done">
          ✓ {outcome.kind === 'loaded' ? t.loaded : t.already}{' '}
          {runId && <RunLink id={runId} lang={lang} />}
        </p>
      );
    }
    case 'rejected':
      return <UploadIssues issues={outcome.issues} lang={lang} />;
    case 'unauthorized':
    case 'forbidden':
    case 'failed':
    case 'unreachable': {
      const text = outcome.kind === 'failed' && outcome.status === 404 ? t.notOffered : failureText(outcome, texts, t.forbidden);
      return <p role="alert" className="text-rose-900">✕ {text}</p>;
    }
  }
}

/** Every issue of a refused file: row (header = 1), column, value and what is wrong, in the page's language. */
function UploadIssues({ issues, lang }: { issues: readonly UploadIssueView[]; lang: Lang }) {
  const t = managementTexts(lang).upload;
  return (
    <div role="alert" data-testid="upload-issues">
      <p className="font-medium text-rose-900">✕ {t.rejected}</p>
      <table className="mt-2 w-full text-tremor-default">
        <thead>
          <tr className="border-b text-left">
            <th scope="col">{t.row}</th><th scope="col">{t.column}</th><th scope="col">{t.value}</th><th scope="col">{t.problem}</th>
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
