/**
 * Fault injection for the fake CBS server, per test: for the next N requests (or until cleared), globally or for
 * requests whose path+query contains a given text (case-insensitive) or matches a RegExp. Besides failing a
 * request (an HTTP error, a slow answer, a cut body, a reset), a fault can answer it with a wrong page: a next link
 * that loops, or rows whose key was renamed.
 */
export type FakeFaultKind =
  'http-500' | 'http-429' | 'http-status' | 'slow' | 'truncated-json' | 'connection-reset' | 'next-link-loop' | 'renamed-key';

export interface FakeFault {
  readonly kind: FakeFaultKind;
  /** Only requests whose path+query matches; omitted = every request. */
  readonly match?: string | RegExp;
  /** How many matching requests get the fault (default 1; Infinity = until cleared). */
  readonly times?: number;
  /** For 'http-status' (e.g. 400, 403, 404, 503). */
  readonly status?: number;
  /** For 'http-429' (and 'http-status'): the Retry-After header value, e.g. '2' or an HTTP date. Default '1' for 429. */
  readonly retryAfter?: string;
  /** For 'slow': how long to wait before answering (ms). */
  readonly delayMs?: number;
  /** For 'renamed-key': the key of the page's rows to rename, and its new name. */
  readonly from?: string;
  readonly to?: string;
}

interface ActiveFault {
  readonly fault: FakeFault;
  remaining: number;
}

export class FakeFaults {
  private readonly active: ActiveFault[] = [];

  add(fault: FakeFault): void {
    this.active.push({ fault, remaining: fault.times ?? 1 });
  }

  clear(): void {
    this.active.length = 0;
  }

  /** Faults not yet used up. */
  get pending(): number {
    return this.active.filter((a) => a.remaining > 0).length;
  }

  /** The first matching fault for this request, consuming one use of it. */
  take(pathAndQuery: string): FakeFault | null {
    const hit = this.active.find((a) => a.remaining > 0 && matchesRequest(a.fault.match, pathAndQuery));
    if (hit === undefined) return null;
    hit.remaining -= 1;
    return hit.fault;
  }
}

function matchesRequest(match: string | RegExp | undefined, pathAndQuery: string): boolean {
  if (match === undefined) return true;
  if (typeof match === 'string') {
    const haystack = safeDecode(pathAndQuery).toLowerCase();
    return haystack.includes(match.toLowerCase()) || pathAndQuery.toLowerCase().includes(match.toLowerCase());
  }
  return match.test(pathAndQuery) || match.test(safeDecode(pathAndQuery));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A page whose next link names the page itself ('next-link-loop'), as a server bug can: a client that follows links
 * blindly never ends. v4 pages carry `@odata.nextLink`, v3 pages `odata.nextLink`.
 */
export function loopNextLink(body: unknown, selfUrl: string): unknown {
  if (!isObject(body)) return body;
  const v4 = '@odata.context' in body || '@odata.nextLink' in body;
  return { ...body, [v4 ? '@odata.nextLink' : 'odata.nextLink']: selfUrl };
}

/** The rows of one page with a key renamed ('renamed-key'), while the table's metadata still names the old key. */
export function renameRowKey(body: unknown, from: string, to: string): unknown {
  if (!isObject(body) || !Array.isArray(body['value'])) return body;
  const rows = body['value'].map((row: unknown) => {
    if (!isObject(row) || !(from in row)) return row;
    return Object.fromEntries(Object.entries(row).map(([key, value]) => [key === from ? to : key, value]));
  });
  return { ...body, value: rows };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
