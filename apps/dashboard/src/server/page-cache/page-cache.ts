import type { IncomingMessage, ServerResponse } from 'node:http';
import { VersionedCache } from '@koers/http-cache';
import type { DataVersionWatch } from '../data-version-watch';
import { type CachedPage, cachedPage, sendPage } from './cached-page';
import type { NextRenderer } from './next-renderer';

/** At most this many pages, and this many bytes of them, are kept; the least recently asked go first. */
const MAX_PAGES = 1_000;
const MAX_BYTES = 128 * 2 ** 20;

/**
 * Public pages rendered once per data version and then sent as they are: the first request for a page after the
 * data changed renders it (others asking meanwhile wait for that render), every later one is a lookup. A page
 * whose render saw an API failure, or that is no 200 HTML page, is sent but not kept.
 */
export class PageCache {
  private readonly pages = new VersionedCache<CachedPage>({ maxEntries: MAX_PAGES, maxWeight: MAX_BYTES, weigh: (page) => page.bytes });

  constructor(
    private readonly renderer: NextRenderer,
    private readonly versions: DataVersionWatch,
  ) {}

  async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const version = this.versions.version;
    const render = async () => cachedPage(await this.renderer.render(request, version), request.url ?? '/');
    // Before the API has named a version, or while a write is under way, nothing is kept: pages are rendered and sent.
    const page =
      version === null || !this.versions.mayKeep
        ? await render()
        : await this.pages.getOrCompute(version, request.url ?? '/', render, (p) => p.keep);
    sendPage(request, response, page);
  }
}
