/**
 * The one place where a failure talking to a data source is classified. Every source adapter reports what went
 * wrong as a neutral `SourceFailure`; `classifySourceFailure` decides whether it is worth retrying. Only
 * `retriable` errors are retried (bounded, with backoff); `fatal` ones stop the run; `schema` means the source
 * changed shape and the data must not be loaded.
 */
export type SourceErrorKind = 'retriable' | 'fatal' | 'schema';

export type SourceErrorCode =
  | 'server-error'
  | 'rate-limited'
  | 'timeout'
  | 'connection-reset'
  | 'network'
  | 'truncated-body'
  | 'client-error'
  | 'not-found'
  | 'result-too-large'
  | 'bad-config'
  | 'schema-mismatch'
  | 'unknown-key'
  | 'discontinued'
  | 'unit-changed';

export interface SourceErrorDetails {
  readonly source?: string;
  readonly tableId?: string;
  readonly endpoint?: string;
  readonly url?: string;
  readonly status?: number;
  readonly field?: string;
  readonly retryAfterMs?: number;
  readonly attempts?: number;
  readonly cause?: unknown;
}

export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly kind: SourceErrorKind,
    readonly code: SourceErrorCode,
    message: string,
    readonly details: SourceErrorDetails = {},
  ) {
    super(message);
  }

  get retriable(): boolean {
    return this.kind === 'retriable';
  }

  /** The same error with more context (e.g. the number of attempts made), keeping kind and code. */
  withDetails(extra: SourceErrorDetails, messageSuffix = ''): SourceError {
    return new SourceError(this.kind, this.code, this.message + messageSuffix, { ...this.details, ...extra });
  }
}

/** What happened, before anyone decided what it means. */
export type SourceFailure =
  | { readonly type: 'http'; readonly status: number; readonly refusal?: 'result-too-large' }
  | { readonly type: 'network'; readonly code: string }
  | { readonly type: 'timeout' }
  | { readonly type: 'truncated-body' }
  | { readonly type: 'invalid-request' };

export interface SourceErrorClass {
  readonly kind: SourceErrorKind;
  readonly code: SourceErrorCode;
}

/** Network error codes that say "the connection went wrong", not "you asked for something impossible". */
const TRANSIENT_NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Codes that mean the configured address cannot work, so retrying is pointless. */
const CONFIG_NETWORK_CODES: ReadonlySet<string> = new Set(['ENOTFOUND', 'ERR_INVALID_URL', 'ERR_BAD_OPTION_VALUE']);

export function classifySourceFailure(failure: SourceFailure): SourceErrorClass {
  switch (failure.type) {
    case 'http':
      return classifyHttpStatus(failure.status, failure.refusal);
    case 'network':
      if (TRANSIENT_NETWORK_CODES.has(failure.code)) {
        return { kind: 'retriable', code: failure.code === 'ECONNRESET' || failure.code === 'EPIPE' ? 'connection-reset' : 'network' };
      }
      return CONFIG_NETWORK_CODES.has(failure.code) ? { kind: 'fatal', code: 'bad-config' } : { kind: 'fatal', code: 'network' };
    case 'timeout':
      return { kind: 'retriable', code: 'timeout' };
    case 'truncated-body':
      return { kind: 'retriable', code: 'truncated-body' };
    case 'invalid-request':
      return { kind: 'fatal', code: 'bad-config' };
    default:
      return assertNever(failure);
  }
}

function classifyHttpStatus(status: number, refusal: 'result-too-large' | undefined): SourceErrorClass {
  // A size refusal comes back as HTTP 500 but repeating the same request can never succeed.
  if (refusal === 'result-too-large') return { kind: 'fatal', code: 'result-too-large' };
  if (status === 429) return { kind: 'retriable', code: 'rate-limited' };
  if (status === 408) return { kind: 'retriable', code: 'timeout' };
  if (status >= 500) return { kind: 'retriable', code: 'server-error' };
  if (status === 404) return { kind: 'fatal', code: 'not-found' };
  return { kind: 'fatal', code: 'client-error' };
}

/**
 * Parses an HTTP Retry-After header (delta-seconds or an HTTP date) into milliseconds from `nowMs`.
 * Returns undefined when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfterMs(header: string | undefined, nowMs: number): number | undefined {
  if (header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

/**
 * Exponential backoff with "equal jitter": half of the capped delay is fixed, the other half random, so
 * retries from many clients spread out but never collapse to zero. `random` returns a number in [0, 1).
 */
export function backoffDelayMs(retryIndex: number, policy: BackoffPolicy, random: () => number): number {
  const capped = Math.min(policy.maxMs, policy.baseMs * 2 ** retryIndex);
  return Math.round(capped / 2 + random() * (capped / 2));
}

export function isSourceError(error: unknown): error is SourceError {
  return error instanceof SourceError;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled source failure: ${JSON.stringify(value)}`);
}
