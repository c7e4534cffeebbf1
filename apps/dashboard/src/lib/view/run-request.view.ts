import type { RunRequestBody, RunRequestView } from '@koers/api-contracts';
import type { ApiFailure, RunRequestOutcome } from '../api/management.client';

// What the "start a run" form shows, as plain data: the request being followed, or why there is none. The
// component only renders it and schedules the next look.

/** The sources a run can be asked for from the dashboard. */
export type RunSource = 'cbs' | 'inbox';

export const RUN_SOURCES: readonly RunSource[] = ['cbs', 'inbox'];

/** How often a requested run is looked at until it is done or failed. */
export const RUN_POLL_MS = 2_000;

export type RunRequestState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'refused'; readonly failure: ApiFailure }
  | { readonly kind: 'following'; readonly request: RunRequestView; readonly trouble: ApiFailure | null };

export function isFinished(status: RunRequestView['status']): boolean {
  switch (status) {
    case 'queued':
    case 'running':
      return false;
    case 'done':
    case 'failed':
      return true;
  }
}

/** The body of POST /etl/runs: a table only for CBS, and only when one is filled in. */
export function runRequestBody(source: RunSource, table: string): RunRequestBody {
  const trimmed = table.trim();
  return source === 'cbs' && trimmed !== '' ? { source, table: trimmed } : { source };
}

/** The state after POST /etl/runs. */
export function afterRequest(outcome: RunRequestOutcome): RunRequestState {
  return outcome.kind === 'ok' ? { kind: 'following', request: outcome.request, trouble: null } : { kind: 'refused', failure: outcome };
}

/**
 * The state after one look at a request: its new view; or, when the API could not answer, the view seen last
 * with the reason (looked at again); or, when the key or the request is gone, the refusal (not looked at again).
 */
export function afterPoll(previous: RunRequestView, outcome: RunRequestOutcome): RunRequestState {
  if (outcome.kind === 'ok') return { kind: 'following', request: outcome.request, trouble: null };
  const gone = outcome.kind === 'unauthorized' || outcome.kind === 'forbidden' || (outcome.kind === 'failed' && outcome.status === 404);
  return gone ? { kind: 'refused', failure: outcome } : { kind: 'following', request: previous, trouble: outcome };
}

/** Whether the request shown is still under way, so it is looked at again. */
export function isUnderWay(state: RunRequestState): state is Extract<RunRequestState, { kind: 'following' }> {
  return state.kind === 'following' && !isFinished(state.request.status);
}
