import { SourceError } from '../../source-error';
import type { CbsTransport } from './cbs-http.client';
import { ODataPage, SchemaContext, parseODataPage, schemaError } from './cbs-json.schema';

/**
 * What the v3 and v4 clients share: building OData query strings, resolving trimmed codes to the exact keys a CBS
 * dimension uses, and following nextLinks page by page.
 */

export function quoteODataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `Key eq 'a'` or `(Key eq 'a' or Key eq 'b')`. */
export function eqAny(field: string, values: readonly string[]): string {
  const terms = values.map((value) => `${field} eq ${quoteODataString(value)}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' or ')})`;
}

export interface DimensionFilter {
  readonly key: string;
  readonly values: readonly string[];
}

export function filterExpression(filters: readonly DimensionFilter[]): string | null {
  const clauses = filters.filter((f) => f.values.length > 0).map((f) => eqAny(f.key, f.values));
  return clauses.length === 0 ? null : clauses.join(' and ');
}

/**
 * Encodes a query option value. The apostrophe is encoded too, because URL parsing (in axios and on the server)
 * would otherwise rewrite it; a nextLink echoed from our own request then stays byte-for-byte followable.
 */
export function encodeODataValue(value: string): string {
  return encodeURIComponent(value).replace(/'/g, '%27');
}

export function buildQueryString(options: ReadonlyArray<readonly [string, string | null]>): string {
  return options
    .filter((entry): entry is readonly [string, string] => entry[1] !== null)
    .map(([name, value]) => `${name}=${encodeODataValue(value)}`)
    .join('&');
}

export interface KeyResolution {
  /** Exact keys as the source spells them (v3: right-padded), in request order. */
  readonly keys: string[];
  /** Requested trimmed codes the dimension does not have. */
  readonly unknown: string[];
}

/** Never hard-code padding: match on the trimmed key and send back the exact key from the dimension list. */
export function resolveKeys(available: readonly string[], wanted: readonly string[]): KeyResolution {
  const byTrimmed = new Map<string, string>();
  for (const key of available) byTrimmed.set(key.trim(), key);
  const keys: string[] = [];
  const unknown: string[] = [];
  for (const code of new Set(wanted.map((w) => w.trim()))) {
    const exact = byTrimmed.get(code);
    if (exact === undefined) unknown.push(code);
    else keys.push(exact);
  }
  return { keys, unknown };
}

export function unknownKeyError(tableId: string, endpoint: string, dimension: string, unknown: readonly string[]): SourceError {
  const list = unknown.map((code) => JSON.stringify(code)).join(', ');
  return new SourceError('schema', 'unknown-key', `CBS ${tableId} ${endpoint}: ${dimension} has no code ${list}`, {
    source: 'cbs',
    tableId,
    endpoint,
    field: dimension,
  });
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A nextLink is followed exactly as returned; only a relative link is resolved against the page it came from. */
function resolveNextLink(link: string, currentUrl: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return new URL(link, currentUrl).toString();
}

/** A safety stop for runaway paging, far above the pages of the largest table. */
const MAX_PAGES = 100_000;

/**
 * GETs `first`, then each nextLink exactly as returned, until a page has none. The next page is asked for as soon
 * as its link is known, while the caller works on this one: the download and parse of page n + 1 overlap the
 * mapping and loading of page n, and at most two pages are in memory.
 */
export async function* followNextLinks(
  transport: CbsTransport,
  first: string,
  ctx: SchemaContext,
  version: 'v3' | 'v4',
): AsyncGenerator<{ url: string; body: unknown; page: ODataPage }> {
  const seen = new Set<string>();
  const fetchPage = (url: string): Promise<unknown> => {
    if (seen.has(url) || seen.size >= MAX_PAGES) {
      throw schemaError(ctx, version === 'v3' ? 'odata.nextLink' : '@odata.nextLink', `loops or exceeds the page limit at ${url}`);
    }
    seen.add(url);
    const body = transport.getJson(url, ctx);
    // Awaited below; until then (or when the caller stops early) its failure must not count as unhandled.
    body.catch(() => undefined);
    return body;
  };
  let url: string | null = first;
  let body = fetchPage(first);
  while (url !== null) {
    const page = parseODataPage(await body, ctx, version);
    const next: string | null = page.nextLink === null ? null : resolveNextLink(page.nextLink, url);
    const current = { url, body: await body, page };
    if (next !== null) body = fetchPage(next);
    yield current;
    url = next;
  }
}
