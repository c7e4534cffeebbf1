import { headers } from 'next/headers';
import { cache } from 'react';
import { VersionedCache } from '@koers/http-cache';
import { loadConfig } from '@koers/config';
import { CACHE_RENDER_HEADER, RENDER_DATA_VERSION_HEADER, noteFailedRender } from '../render/render-context';
import { ApiEtagCache } from './api-etag-cache';

/** What a server component gets from the API: the data, or a reason to show instead of crashing. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number | null; message: string };

/** The API's base address as the dashboard's server side reaches it (API_URL, or the API's local port). */
export function apiBaseUrl(): string {
  return loadConfig().dashboard.apiUrl.replace(/\/$/, '');
}

/** What a render passes on to the API, and which render it is when the page cache asked for it. */
interface RenderScope {
  readonly forward: Record<string, string>;
  readonly cacheRender: string | null;
}

/**
 * From the request being rendered: the visitor's address, passed on so the API's rate limit counts each visitor
 * apart instead of every page render as one client (the X-Forwarded-For the dashboard's server settled from the
 * socket, never one the visitor sent); the data version the page is rendered for, so the API answers from that
 * version or newer; and the page cache's render id. Nothing outside a request (build time).
 */
async function renderScope(): Promise<RenderScope> {
  try {
    const request = await headers();
    const forward: Record<string, string> = {};
    for (const name of ['x-forwarded-for', RENDER_DATA_VERSION_HEADER]) {
      const value = request.get(name);
      if (value) forward[name] = value;
    }
    return { forward, cacheRender: request.get(CACHE_RENDER_HEADER) };
  } catch {
    return { forward: {}, cacheRender: null };
  }
}

/** The API's answers by URL with their ETags: asked again with If-None-Match, a 304 reuses the body. */
const answers = new ApiEtagCache(300);

/**
 * GET one API path (below /api/v1) on the server side, once per render (a page and its metadata share it). Never
 * from a timed cache — figures must be current — but revalidated by ETag. A failure (no API, 5xx, 429) marks a
 * render for the page cache as one not to keep.
 */
export const getFromApi = cache(fetchFromApi) as <T>(path: string) => Promise<ApiResult<T>>;

/** Answers that change only when the data does, kept per data version across renders (successes only). */
const perDataVersion = new VersionedCache<ApiResult<unknown>>({ maxEntries: 20 });

/**
 * GET an API path whose answer changes only with the data (the municipality's names in the layout of every page):
 * once per data version in this process rather than once per render, so a page costs only the requests of what it
 * shows. Outside a render for a known data version (a page rendered per request), once per render.
 */
export const getFromApiPerDataVersion = cache(async (path: string): Promise<ApiResult<unknown>> => {
  const version = (await renderScope()).forward[RENDER_DATA_VERSION_HEADER];
  if (version === undefined) return fetchFromApi(path);
  return perDataVersion.getOrCompute(
    version,
    path,
    () => fetchFromApi(path),
    (answer) => answer.ok,
  );
}) as <T>(path: string) => Promise<ApiResult<T>>;

async function fetchFromApi<T>(path: string): Promise<ApiResult<T>> {
  const url = `${apiBaseUrl()}/api/v1${path}`;
  const scope = await renderScope();
  const fail = () => scope.cacheRender !== null && noteFailedRender(scope.cacheRender);
  try {
    const known = answers.get(url);
    const response = await fetch(url, {
      cache: 'no-store',
      headers: { accept: 'application/json', ...scope.forward, ...(known ? { 'if-none-match': known.etag } : {}) },
    });
    if (response.status >= 500 || response.status === 429) fail();
    if (response.status === 304 && known) return { ok: true, data: known.body as T };
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok && response.status !== 503) {
      return { ok: false, status: response.status, message: `De API antwoordde met status ${response.status}.` };
    }
    answers.remember(url, response.headers.get('etag'), body);
    return { ok: true, data: body as T };
  } catch {
    fail();
    return { ok: false, status: null, message: 'De Koers-API is niet bereikbaar.' };
  }
}
