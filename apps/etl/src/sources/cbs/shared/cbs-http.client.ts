import axios, { AxiosInstance, AxiosResponse } from 'axios';
import { SourceError, SourceFailure, backoffDelayMs, classifySourceFailure, parseRetryAfterMs } from '../../source-error';
import { ConcurrencyLimiter } from './concurrency-limiter';

/**
 * The only place the CBS source does I/O: GET a URL, parse JSON, classify failures, retry the retriable ones
 * with bounded exponential backoff and jitter (honouring Retry-After), and keep at most `concurrency` requests
 * in flight. The body is parsed here rather than by axios so a truncated body is seen and retried.
 */
export interface CbsHttpOptions {
  readonly timeoutMs: number;
  /** Retries after the first attempt (0 = one attempt only). */
  readonly maxRetries: number;
  readonly backoffBaseMs: number;
  readonly concurrency: number;
  readonly backoffMaxMs?: number;
  /** A Retry-After longer than this is not waited for: the request fails (retriable) straight away. */
  readonly maxRetryAfterMs?: number;
  readonly userAgent?: string;
  /** Injectable for fast, deterministic tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly now?: () => number;
  readonly onRetry?: (event: CbsRetryEvent) => void;
}

export interface CbsRequestContext {
  readonly tableId?: string;
  readonly endpoint: string;
}

export interface CbsRetryEvent {
  readonly url: string;
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: SourceError;
}

/** What the v3 and v4 clients need from the transport. */
export interface CbsTransport {
  getJson(url: string, ctx: CbsRequestContext): Promise<unknown>;
}

const CELL_LIMIT_MESSAGE = /more than 10\s?000 (records|cells)/i;

export class CbsHttpClient implements CbsTransport {
  private readonly http: AxiosInstance;
  private readonly limiter: ConcurrencyLimiter;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: CbsHttpOptions) {
    validateHttpOptions(options);
    this.limiter = new ConcurrencyLimiter(options.concurrency);
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
    this.http = axios.create({
      timeout: options.timeoutMs,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      validateStatus: () => true,
      maxRedirects: 5,
      headers: { Accept: 'application/json', 'User-Agent': options.userAgent ?? 'koers-etl' },
    });
  }

  get inFlight(): number {
    return this.limiter.inFlight;
  }

  /** GETs `url` exactly as given (a nextLink is never rebuilt) and returns the parsed JSON body. */
  async getJson(url: string, ctx: CbsRequestContext): Promise<unknown> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.limiter.run(() => this.attemptOnce(url, ctx));
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        const delayMs = this.retryDelay(error, attempt);
        if (delayMs === null) throw error.withDetails({ attempts: attempt }, ` (after ${attempt} attempt${attempt > 1 ? 's' : ''})`);
        this.options.onRetry?.({ url, attempt, delayMs, error });
        // Sleep outside the limiter so a waiting retry does not hold a slot.
        await this.sleep(delayMs);
      }
    }
  }

  private retryDelay(error: SourceError, attempt: number): number | null {
    if (!error.retriable || attempt > this.options.maxRetries) return null;
    const retryAfter = error.details.retryAfterMs;
    if (retryAfter !== undefined) {
      return retryAfter > (this.options.maxRetryAfterMs ?? 120_000) ? null : retryAfter;
    }
    const policy = { baseMs: this.options.backoffBaseMs, maxMs: this.options.backoffMaxMs ?? 30_000 };
    return backoffDelayMs(attempt - 1, policy, this.random);
  }

  private async attemptOnce(url: string, ctx: CbsRequestContext): Promise<unknown> {
    let response: AxiosResponse<unknown>;
    try {
      response = await this.http.get<unknown>(url);
    } catch (error) {
      throw this.fromTransportError(error, url, ctx);
    }
    const body = typeof response.data === 'string' ? response.data : '';
    if (response.status < 200 || response.status >= 300) throw this.fromStatus(response, body, url, ctx);
    return this.parseBody(body, url, ctx);
  }

  private parseBody(body: string, url: string, ctx: CbsRequestContext): unknown {
    try {
      return JSON.parse(body);
    } catch {
      const start = body.trimStart().charAt(0);
      if (start === '{' || start === '[' || body.trim() === '') {
        throw this.error({ type: 'truncated-body' }, `truncated JSON body (${body.length} characters)`, url, ctx);
      }
      // A body that never was JSON (an HTML error page, a v4 path on a v3 host) is a shape problem, not noise.
      throw new SourceError(
        'schema',
        'schema-mismatch',
        `CBS ${ctx.tableId ?? '(catalog)'} ${ctx.endpoint}: body is not JSON: ${snippet(body)}`,
        {
          source: 'cbs',
          tableId: ctx.tableId,
          endpoint: ctx.endpoint,
          url,
        },
      );
    }
  }

  private fromStatus(response: AxiosResponse<unknown>, body: string, url: string, ctx: CbsRequestContext): SourceError {
    const status = response.status;
    const refusal = status >= 500 && CELL_LIMIT_MESSAGE.test(body) ? 'result-too-large' : undefined;
    const header = response.headers['retry-after'];
    const retryAfterMs = parseRetryAfterMs(typeof header === 'string' ? header : undefined, this.now());
    const failure: SourceFailure = { type: 'http', status, refusal };
    return this.error(failure, `HTTP ${status}: ${snippet(body)}`, url, ctx, { status, retryAfterMs });
  }

  private fromTransportError(error: unknown, url: string, ctx: CbsRequestContext): SourceError {
    if (!axios.isAxiosError(error)) {
      return this.error({ type: 'network', code: 'UNKNOWN' }, `request failed: ${String(error)}`, url, ctx, { cause: error });
    }
    const code = error.code ?? 'UNKNOWN';
    const timedOut = code === 'ETIMEDOUT' || (code === 'ECONNABORTED' && /timeout/i.test(error.message));
    let failure: SourceFailure = timedOut ? { type: 'timeout' } : { type: 'network', code };
    // "stream has been aborted": the body was cut off after the headers.
    if (code === 'ERR_BAD_RESPONSE') failure = { type: 'truncated-body' };
    if (code === 'ERR_INVALID_URL' || code === 'ERR_BAD_OPTION_VALUE') failure = { type: 'invalid-request' };
    return this.error(failure, `${code}: ${error.message}`, url, ctx, { cause: error });
  }

  private error(
    failure: SourceFailure,
    message: string,
    url: string,
    ctx: CbsRequestContext,
    extra: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ): SourceError {
    const { kind, code } = classifySourceFailure(failure);
    const where = `CBS ${ctx.tableId ?? '(catalog)'} ${ctx.endpoint}`;
    return new SourceError(kind, code, `${where}: ${message}`, {
      source: 'cbs',
      tableId: ctx.tableId,
      endpoint: ctx.endpoint,
      url,
      ...extra,
    });
  }
}

function snippet(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text || '(empty body)';
}

export function validateHttpOptions(options: CbsHttpOptions): void {
  const checks: Array<[string, number, number]> = [
    ['timeoutMs', options.timeoutMs, 1],
    ['maxRetries', options.maxRetries, 0],
    ['backoffBaseMs', options.backoffBaseMs, 0],
    ['concurrency', options.concurrency, 1],
  ];
  for (const [name, value, min] of checks) {
    if (!Number.isInteger(value) || value < min) {
      throw new SourceError('fatal', 'bad-config', `CBS client option ${name} must be a whole number ≥ ${min}, got ${value}`, {
        source: 'cbs',
      });
    }
  }
}
