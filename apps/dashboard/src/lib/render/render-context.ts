import { DATA_VERSION_HEADER } from '@koers/api-contracts';

// What the dashboard's server tells a render it asks of Next.js for its page cache, and what the render tells it
// back. The server (src/server/) and the pages run in one Node process but in two module systems (ts-node and
// Next.js's bundle), so the way back is a registry on globalThis under a Symbol.for key, the one shared by both.

/** Marks a render for the page cache (set by the server only; a visitor's is removed): no nonce, the server hashes. */
export const CACHE_RENDER_HEADER = 'x-koers-cache-render';

/** The data version a render is for, passed on to every API request of that render. */
export const RENDER_DATA_VERSION_HEADER = DATA_VERSION_HEADER;

/** Headers only the dashboard's server may set on a request Next.js handles. */
export const INTERNAL_REQUEST_HEADERS: readonly string[] = [CACHE_RENDER_HEADER, RENDER_DATA_VERSION_HEADER];

const FAILED_RENDERS = Symbol.for('koers.dashboard.failed-renders');
type Registry = typeof globalThis & { [FAILED_RENDERS]?: Set<string> };

function failedRenders(): Set<string> {
  const registry = globalThis as Registry;
  return (registry[FAILED_RENDERS] ??= new Set<string>());
}

/**
 * Notes that an API request of a render for the cache failed (unreachable, 5xx, 429): the page it shows is not the
 * page, so it must not be kept.
 */
export function noteFailedRender(renderId: string): void {
  failedRenders().add(renderId);
}

/** Whether a render had a failed API request (and forgets it). */
export function renderFailed(renderId: string): boolean {
  return failedRenders().delete(renderId);
}
