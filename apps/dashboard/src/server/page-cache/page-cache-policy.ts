import type { IncomingHttpHeaders } from 'node:http';
import { isChartImagePath } from '../../lib/security/security-headers';

// Which requests the page cache answers, and how a page may be kept by whoever is in between. The one home of
// these rules: the server (../dashboard-server.ts) asks here, the tests check here.

/**
 * How a request is handled:
 * - `cache`: a public page, answered from the page cache (rendered once per data version);
 * - `private`: a page for one person (/beheer, or a request carrying credentials): rendered every time and sent
 *   with `Cache-Control: private, no-store`, so neither a CDN nor the browser keeps it;
 * - `pass`: not a page (Next.js's files, the /api/* forwarder, a client-side navigation's RSC request, a write):
 *   Next.js answers as it would, with its own caching headers.
 */
export type PageCacheDecision = 'cache' | 'private' | 'pass';

/**
 * A cached page in a CDN or reverse proxy: kept 5 s, then served stale for up to 60 s more while it asks again
 * (with If-None-Match: a 304 when the data did not change). So an edge answers nearly every request itself and
 * shows a change within seconds. A browser asks every time (max-age=0), also answered by ETag.
 */
export const CACHED_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';

/** A page for one person: nobody keeps it. */
export const PRIVATE_PAGE_CACHE_CONTROL = 'private, no-store';

/** The management pages, in both languages (Dutch also under the internal /nl prefix). */
const PERSONAL_PATH = /^\/(?:(?:nl|en)\/)?beheer(?:[/?#]|$)/;

/** Next.js's own files, the API forwarder, any file with an extension (as next.config.ts's rewrite has it): not pages. */
const NOT_A_PAGE = /^\/(?:_next|api)(?:[/?#]|$)|^[^?#]*\.[a-z0-9]+(?:[?#]|$)/;

/** Headers of a client-side navigation (React Server Components payload instead of HTML). */
const NAVIGATION_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

export function pageCacheDecision(method: string | undefined, url: string, headers: IncomingHttpHeaders): PageCacheDecision {
  if (method !== 'GET' && method !== 'HEAD') return 'pass';
  // A chart picture is an image, not a page: Next.js answers it with its own caching headers.
  if (
    NOT_A_PAGE.test(url) ||
    isChartImagePath(url.split('?')[0]!) ||
    /[?&]_rsc=/.test(url) ||
    NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)
  )
    return 'pass';
  if (PERSONAL_PATH.test(url) || headers.authorization !== undefined || headers.cookie !== undefined) return 'private';
  return 'cache';
}

/** A request through the /api/* forwarder that may commit data (an upload, a withdrawal, an adoption). */
export function isApiWrite(method: string | undefined, url: string): boolean {
  return method !== undefined && !['GET', 'HEAD', 'OPTIONS'].includes(method) && /^\/api\//.test(url);
}
