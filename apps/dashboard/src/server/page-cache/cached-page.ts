import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { PrebuiltResponse } from '@koers/http-cache';
import { isEmbedPath } from '../../lib/security/security-headers';
import { cachedPagePolicy } from './page-csp';
import { CACHED_PAGE_CACHE_CONTROL } from './page-cache-policy';
import type { RenderedPage } from './next-renderer';

/**
 * A page rendered for the page cache, ready to send many times: the bytes with their compressed copies and the
 * headers that depend on them (type, length, coding, ETag, caching, Vary), plus Next.js's other headers and a
 * Content-Security-Policy with the hashes of its inline scripts. `keep` says whether it may be kept: only a whole
 * HTML page (200, every API request answered, no cookie set).
 */
export interface CachedPage {
  readonly response: PrebuiltResponse;
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly keep: boolean;
  readonly bytes: number;
}

/** Next.js's headers that the prebuilt response decides itself, or that name Next.js's internals. */
const REPLACED = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'date',
  'content-security-policy',
]);
const INTERNAL = /^x-(?:nextjs|middleware)-/;

function isHtml(headers: IncomingHttpHeaders): boolean {
  return (headers['content-type'] ?? '').startsWith('text/html');
}

/** What the rendered page's headers say besides what is replaced: e.g. Link preloads. */
function passedOn(headers: IncomingHttpHeaders): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (
      value === undefined ||
      REPLACED.has(name) ||
      INTERNAL.test(name) ||
      name === 'connection' ||
      name === 'keep-alive' ||
      name === 'transfer-encoding'
    )
      continue;
    for (const one of Array.isArray(value) ? value : [value]) kept.push([name, one]);
  }
  return kept;
}

export function cachedPage(rendered: RenderedPage, url: string): CachedPage {
  const html = isHtml(rendered.headers);
  const keep = rendered.status === 200 && html && !rendered.apiFailed && rendered.headers['set-cookie'] === undefined;
  const vary = (rendered.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const response = new PrebuiltResponse(rendered.body, {
    contentType: rendered.headers['content-type'] ?? 'application/octet-stream',
    // What is not kept here is not kept downstream either: Next.js's own verdict (no-store for a page) stands.
    cacheControl: keep ? CACHED_PAGE_CACHE_CONTROL : (rendered.headers['cache-control'] ?? 'no-store'),
    vary,
  });
  const headers = passedOn(rendered.headers);
  // A page rendered for the cache carries no nonce: its policy names its inline scripts by hash (also an error page).
  if (html)
    headers.push([
      'Content-Security-Policy',
      cachedPagePolicy(rendered.body.toString('utf8'), { embeddable: isEmbedPath(url.split('?')[0]!) }),
    ]);
  if (keep) response.compress().catch(() => undefined);
  // Weighed as the page and its copies: the compressed ones are a fraction of the page.
  return { response, status: rendered.status, headers, keep, bytes: Math.round(rendered.body.length * 1.3) };
}

/** Sends a cached (or just rendered) page: its status, or 304 when the client has it, and its headers. */
export function sendPage(request: IncomingMessage, response: ServerResponse, page: CachedPage): void {
  const representation = page.response.representation(
    request.method ?? 'GET',
    request.headers['accept-encoding'],
    page.keep ? request.headers['if-none-match'] : undefined,
  );
  const status = representation.status === 304 ? 304 : page.status;
  // Set, not added: these replace what the server set before (the policy for non-pages).
  const byName = new Map<string, string[]>();
  for (const [name, value] of [...page.headers, ...representation.headers]) byName.set(name, [...(byName.get(name) ?? []), value]);
  for (const [name, values] of byName) response.setHeader(name, values.length === 1 ? values[0]! : values);
  response.writeHead(status);
  response.end(representation.body ?? undefined);
}
