import type {
  ApiProblem,
  RunRequestBody,
  RunRequestView,
  UploadedFileDetailResponse,
  UploadIssueView,
  UploadRejectedProblem,
  UploadResponse,
  WhoAmIResponse,
  WithdrawUploadBody,
} from '@koers/api-contracts';
import type { SpecifiedUploadKind } from '@koers/indicators';
import type { Lang } from '../i18n/lang';
import { query } from './query';

// What the management page asks the API from the browser, through the dashboard's /api forwarder, with the
// signed-in key. Every call answers with an outcome the page can show; none throws.

/** Why a call did not give what was asked: no or unknown key, a key without the role, another status, no API. */
export type ApiFailure =
  | { readonly kind: 'unauthorized' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'failed'; readonly status: number; readonly message: string | null }
  | { readonly kind: 'unreachable' };

export type WhoAmIOutcome = { readonly kind: 'ok'; readonly who: WhoAmIResponse } | ApiFailure;

export type UploadOutcome =
  | { readonly kind: 'loaded' | 'already-loaded' | 'dry-run'; readonly response: UploadResponse }
  | { readonly kind: 'rejected'; readonly issues: readonly UploadIssueView[]; readonly truncated: boolean }
  | ApiFailure;

/** How a file is sent: only checked (a proefrun, nothing stored), and/or as the new version of a stored file. */
export interface UploadRequestOptions {
  readonly dryRun: boolean;
  readonly replaces?: { readonly id: string; readonly reason: string };
}

export type WithdrawOutcome = { readonly kind: 'ok'; readonly file: UploadedFileDetailResponse } | ApiFailure;

export type RunRequestOutcome = { readonly kind: 'ok'; readonly request: RunRequestView } | ApiFailure;

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

async function send(
  path: string,
  lang: Lang,
  init: RequestInit = {},
  params: Record<string, string | undefined> = {},
): Promise<Reply | null> {
  try {
    const response = await fetch(`/api/v1${path}${query(lang, params)}`, {
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return null;
  }
}

function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/** The outcome of a reply that is not the one asked for. */
export function failureOf(reply: Reply | null): ApiFailure {
  if (reply === null) return { kind: 'unreachable' };
  if (reply.status === 401) return { kind: 'unauthorized' };
  if (reply.status === 403) return { kind: 'forbidden' };
  // Every error of the API is a problem (RFC 9457): its detail says what went wrong, in the page's language.
  const detail = (reply.body as Partial<ApiProblem> | null)?.detail;
  return { kind: 'failed', status: reply.status, message: typeof detail === 'string' ? detail : null };
}

/** GET /auth/whoami: the role behind a key. */
export async function whoAmI(key: string, lang: Lang): Promise<WhoAmIOutcome> {
  const reply = await send('/auth/whoami', lang, { headers: bearer(key) });
  return reply?.status === 200 ? { kind: 'ok', who: reply.body as WhoAmIResponse } : failureOf(reply);
}

/** The statuses an upload answers with its body (`UploadResponse`, or the 422 problem that carries it). */
const UPLOAD_ANSWER_STATUSES: readonly number[] = [200, 201, 422];

/** POST /uploads/{kind}: what happened is the body's `outcome`; a reply without one is a failure. */
export async function uploadFile(
  kind: SpecifiedUploadKind,
  file: Blob,
  fileName: string,
  key: string,
  lang: Lang,
  options: UploadRequestOptions = { dryRun: false },
): Promise<UploadOutcome> {
  const body = new FormData();
  body.set('file', file, fileName);
  const params = {
    dryRun: options.dryRun ? 'true' : undefined,
    replaces: options.replaces?.id,
    reason: options.replaces?.reason || undefined,
  };
  const reply = await send(`/uploads/${kind}`, lang, { method: 'POST', body, headers: bearer(key) }, params);
  const response =
    reply && UPLOAD_ANSWER_STATUSES.includes(reply.status) ? (reply.body as UploadResponse | UploadRejectedProblem | null) : null;
  if (typeof response?.outcome !== 'string') return failureOf(reply);
  switch (response.outcome) {
    case 'loaded':
      return { kind: 'loaded', response };
    case 'already-loaded':
      return { kind: 'already-loaded', response };
    case 'dry-run-ok':
      return { kind: 'dry-run', response };
    case 'rejected':
      return { kind: 'rejected', issues: response.issues ?? [], truncated: response.issuesTruncated === true };
    default: {
      // An outcome this dashboard does not know (an API of another version): a failure to show, never a throw.
      const unknown: never = response.outcome;
      return { kind: 'failed', status: reply?.status ?? 0, message: `outcome ${String(unknown)}` };
    }
  }
}

/** POST /uploads/files/{id}/withdraw: the file with who took it back, when and why; 409 when it was already. */
export async function withdrawUpload(id: string, reason: string, key: string, lang: Lang): Promise<WithdrawOutcome> {
  const body: WithdrawUploadBody = { reason };
  const init = { method: 'POST', body: JSON.stringify(body), headers: { ...bearer(key), 'content-type': 'application/json' } };
  const reply = await send(`/uploads/files/${encodeURIComponent(id)}/withdraw`, lang, init);
  return reply?.status === 200 ? { kind: 'ok', file: reply.body as UploadedFileDetailResponse } : failureOf(reply);
}

/** POST /etl/runs: 202 with the queued request. */
export async function requestRun(body: RunRequestBody, key: string, lang: Lang): Promise<RunRequestOutcome> {
  const reply = await send('/etl/runs', lang, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { ...bearer(key), 'content-type': 'application/json' },
  });
  return reply?.status === 202 ? { kind: 'ok', request: reply.body as RunRequestView } : failureOf(reply);
}

/** GET /etl/requests/:id: where a requested run stands. */
export async function getRunRequest(id: string, key: string, lang: Lang): Promise<RunRequestOutcome> {
  const reply = await send(`/etl/requests/${encodeURIComponent(id)}`, lang, { headers: bearer(key) });
  return reply?.status === 200 ? { kind: 'ok', request: reply.body as RunRequestView } : failureOf(reply);
}
