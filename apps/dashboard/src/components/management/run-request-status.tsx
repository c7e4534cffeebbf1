'use client';

import type { RunRequestView } from '@koers/api-contracts';
import { formatDateTime } from '../../lib/format/number.format';
import type { Lang } from '../../lib/i18n/lang';
import { isFinished, RunRequestState } from '../../lib/view/run-request.view';
import { failureText, managementTexts } from './management-texts';
import { RunLink } from './run-link';

// The status is said in words with an icon (⋯ ⟳ ✓ ✕), never by colour alone.
const TONE: Record<RunRequestView['status'], string> = {
  queued: 'border-gray-300 bg-gray-50 text-gray-900',
  running: 'border-sky-300 bg-sky-50 text-sky-900',
  done: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  failed: 'border-rose-300 bg-rose-50 text-rose-900',
};

/** Where a requested run stands, announced politely as it changes, with links to the runs it produced. */
export function RunRequestStatus({ state, lang }: { state: RunRequestState; lang: Lang }) {
  const texts = managementTexts(lang);
  const t = texts.run;
  return (
    <div aria-live="polite">
      {state.kind === 'sending' && <p>{t.sending}</p>}
      {state.kind === 'refused' && (
        <p role="alert" className="text-rose-900">
          ✕ {failureText(state.failure, texts, t.forbidden)}
        </p>
      )}
      {state.kind === 'following' && (
        <div
          data-testid="run-request-status"
          data-status={state.request.status}
          className={`space-y-1 rounded-tremor-small border p-3 ${TONE[state.request.status]}`}
        >
          <p>
            <span className="font-medium">{t.request(state.request.id)}</span> ({state.request.source}
            {state.request.tableId ? ` ${state.request.tableId}` : ''}, {formatDateTime(state.request.requestedAt, lang)}):{' '}
            <span className="font-semibold">{t.status[state.request.status]}</span>
          </p>
          {state.request.errorMessage && <p>{state.request.errorMessage}</p>}
          {state.trouble && <p>{t.retrying}</p>}
          {isFinished(state.request.status) && <ProducedRuns runIds={state.request.runIds} lang={lang} />}
        </div>
      )}
    </div>
  );
}

function ProducedRuns({ runIds, lang }: { runIds: readonly string[]; lang: Lang }) {
  const t = managementTexts(lang).run;
  if (runIds.length === 0) return <p>{t.noRuns}</p>;
  return (
    <div>
      <p>{t.runs}</p>
      <ul className="flex flex-wrap gap-x-3" data-testid="produced-runs">
        {runIds.map((id) => (
          <li key={id}>
            <RunLink id={id} lang={lang} />
          </li>
        ))}
      </ul>
    </div>
  );
}
