import type { ApiProblem, RunRequestBody, RunRequestView, UploadedFileDetailResponse, UploadIssueView, UploadKind, UploadRejectedProblem, UploadResponse, WhoAmIResponse, WithdrawUploadBody } from '@koers/api-contracts';
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

async function send(path: string, lang: Lang, init: RequestInit = {}, params: Record<string, string | undefined> = {}): Promise<Reply | null> {
  try {
    const response = await fetch(`/api/v1${path}${query(lang, params)}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
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

/** POST /uploads/{kind}: 201 loaded, 200 loaded before or checked (dry run), 422 rejected: a problem with every issue. */
export async function uploadFile(kind: UploadKind, file: Blob, fileName: string, key: string, lang: Lang, options: UploadRequestOptions = { dryRun: false }): Promise<UploadOutcome> {
  const body = new FormData();
  body.set('file', file, fileName);
  const params = { dryRun: options.dryRun ? 'true' : undefined, replaces: options.replaces?.id, reason: options.replaces?.reason || undefined };
  const reply = await send(`/uploads/${kind}`, lang, { method: 'POST', body, headers: bearer(key) }, params);
  const response = reply?.body as UploadResponse | null | undefined;
  if (reply?.status === 201 && response) return { kind: 'loaded', response };
  if (reply?.status === 200 && response) return { kind: response.outcome === 'dry-run-ok' ? 'dry-run' : 'already-loaded', response };
  const rejected = reply?.status === 422 ? (reply.body as UploadRejectedProblem | null) : null;
  if (rejected?.issues) return { kind: 'rejected', issues: rejected.issues, truncated: rejected.issuesTruncated === true };
  return failureOf(reply);
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
  const reply = await send('/etl/runs', lang, { method: 'POST', body: JSON.stringify(body), headers: { ...bearer(key), 'content-type': 'application/json' } });
  return reply?.status === 202 ? { kind: 'ok', request: reply.body as RunRequestView } : failureOf(reply);
}

/** GET /etl/requests/:id: where a requested run stands. */
export async function getRunRequest(id: string, key: string, lang: Lang): Promise<RunRequestOutcome> {
  const reply = await send(`/etl/requests/${encodeURIComponent(id)}`, lang, { headers: bearer(key) });
  return reply?.status === 200 ? { kind: 'ok', request: reply.body as RunRequestView } : failureOf(reply);
}
