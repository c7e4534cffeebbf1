import { headers } from 'next/headers';
import { loadConfig } from '@koers/config';

/** What a server component gets from the API: the data, or a reason to show instead of crashing. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number | null; message: string };

/** The API's base address as the dashboard's server side reaches it (API_URL, or the API's local port). */
export function apiBaseUrl(): string {
  return loadConfig().dashboard.apiUrl.replace(/\/$/, '');
}

/**
 * The visitor's address, passed on so the API's rate limit counts each visitor apart instead of every page render
 * as one client. It is the X-Forwarded-For the dashboard's server settled from the socket before Next.js read the
 * request (src/server/visitor-address.ts), never one the visitor sent. None outside a request (build time).
 */
async function visitorAddress(): Promise<Record<string, string>> {
  try {
    const forwarded = (await headers()).get('x-forwarded-for');
    return forwarded ? { 'x-forwarded-for': forwarded } : {};
  } catch {
    return {};
  }
}

/** GET one API path (below /api/v1) on the server side, never cached: figures must be current. */
export async function getFromApi<T>(path: string): Promise<ApiResult<T>> {
  const url = `${apiBaseUrl()}/api/v1${path}`;
  try {
    const response = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json', ...(await visitorAddress()) } });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok && response.status !== 503) {
      return { ok: false, status: response.status, message: `De API antwoordde met status ${response.status}.` };
    }
    return { ok: true, data: body as T };
  } catch {
    return { ok: false, status: null, message: 'De Koers-API is niet bereikbaar.' };
  }
}
