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

  /** What went wrong in plain Dutch, for the run log (`etl_run.error_message`, before the technical message). */
  get causeNl(): string {
    return dutchCause(this.code, this.details);
  }

  /** The same error with more context (e.g. the number of attempts made), keeping kind and code. */
  withDetails(extra: SourceErrorDetails, messageSuffix = ''): SourceError {
    return new SourceError(this.kind, this.code, this.message + messageSuffix, { ...this.details, ...extra });
  }
}

/** Who failed, in a Dutch sentence: the source by name when it has one. */
const SOURCE_NAMES: Readonly<Record<string, string>> = { cbs: 'CBS' };

/** The cause of each code in plain Dutch: shown with the run (API `/etl/runs`, `npm run etl -- status`). */
const CAUSES_NL: Record<SourceErrorCode, (source: string) => string> = {
  'server-error': (source) => `${source} gaf een serverfout`,
  'rate-limited': (source) => `${source} weigerde tijdelijk verzoeken omdat er te veel kwamen`,
  timeout: (source) => `${source} antwoordde niet op tijd (time-out)`,
  'connection-reset': (source) => `De verbinding met ${source} werd halverwege verbroken`,
  network: (source) => `${source} was niet bereikbaar (netwerkfout)`,
  'truncated-body': (source) => `Het antwoord van ${source} kwam onvolledig binnen (de JSON hield halverwege op)`,
  'client-error': (source) => `${source} weigerde het verzoek`,
  'not-found': (source) => `${source} kent de gevraagde tabel of het adres niet`,
  'result-too-large': (source) => `${source} weigerde het verzoek omdat het resultaat te groot is`,
  'bad-config': (source) => `De instellingen voor ${source} zijn ongeldig`,
  'schema-mismatch': (source) => `Het antwoord van ${source} heeft niet de vorm die Koers verwacht: de bron is veranderd`,
  'unknown-key': (source) => `Een geregistreerde sleutel of code bestaat niet meer in de tabel bij ${source}`,
  discontinued: (source) => `${source} heeft de tabel stopgezet en er is geen opvolger geregistreerd`,
  'unit-changed': (source) =>
    `De eenheid van een onderwerp is bij ${source} veranderd, zodat nieuwe cijfers niet met de oude te vergelijken zijn`,
};

function dutchCause(code: SourceErrorCode, details: SourceErrorDetails): string {
  const source = SOURCE_NAMES[details.source ?? ''] ?? 'de bron';
  const looped = code === 'schema-mismatch' && details.field?.endsWith('nextLink') === true;
  let cause = looped
    ? `${source} verwees met de link naar de volgende pagina terug naar een pagina die al gelezen was`
    : CAUSES_NL[code](source);
  if (details.status !== undefined) cause += ` (HTTP ${details.status})`;
  if (details.field !== undefined && !looped) cause += ` (veld "${details.field}")`;
  if (details.retryAfterMs !== undefined) cause += `; ${source} vroeg ${Math.round(details.retryAfterMs / 1000)} s te wachten`;
  if ((details.attempts ?? 1) > 1) cause += `, ook na ${details.attempts} pogingen`;
  return cause.charAt(0).toUpperCase() + cause.slice(1);
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
