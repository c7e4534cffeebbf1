import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE_RENDER_HEADER, RENDER_DATA_VERSION_HEADER, noteFailedRender } from '../../lib/render/render-context';
import { DataVersionWatch } from '../data-version-watch';
import { NextRenderer } from './next-renderer';
import { PageCache } from './page-cache';

// The page cache between a visitor and a stand-in for Next.js (a request handler that writes pages as Next.js
// does and counts its renders) and a stand-in for the API's GET /data-version.

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

describe('PageCache', () => {
  let dataVersion = 'v1';
  let renders: { url: string; version: string | undefined; marked: boolean }[] = [];
  let api: Server;
  let site: Server;
  let renderer: NextRenderer;
  let watch: DataVersionWatch;
  let base: string;

  /** Next.js's part: a page naming the data version it was rendered for, a 404, and a page whose API call failed. */
  async function next(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const version = request.headers[RENDER_DATA_VERSION_HEADER] as string | undefined;
    renders.push({ url: request.url ?? '', version, marked: request.headers[CACHE_RENDER_HEADER] !== undefined });
    if (request.url === '/slow') await new Promise((resolve) => setTimeout(resolve, 50));
    if (request.url === '/api-failed') noteFailedRender(String(request.headers[CACHE_RENDER_HEADER]));
    response.statusCode = request.url === '/missing' ? 404 : 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    response.end(
      `<html><body><p>${version}</p><script>self.__page=${JSON.stringify(request.url)}</script>${'x'.repeat(2000)}</body></html>`,
    );
  }

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });

  beforeAll(async () => {
    api = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ dataVersion })),
    );
    watch = new DataVersionWatch(await listen(api), 60_000);
    await watch.check();
    renderer = await NextRenderer.start(next);
    const pages = new PageCache(renderer, watch);
    site = createServer((request, response) => void pages.serve(request, response));
    base = await listen(site);
  });
  afterAll(async () => {
    await renderer.close();
    await new Promise((resolve) => site.close(resolve));
    await new Promise((resolve) => api.close(resolve));
  });
  beforeEach(() => (renders = []));

  it('should render a page once, for the data version, and send the same page to later visitors with its caching headers', async () => {
    const first = await get('/');
    const second = await get('/');
    expect(await second.text()).toBe(await first.text());
    expect(renders).toEqual([{ url: '/', version: 'v1', marked: true }]);
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5, stale-while-revalidate=60');
    expect(second.headers.get('etag')).toMatch(/^"/);
    const script = `self.__page=${JSON.stringify('/')}`;
    expect(second.headers.get('content-security-policy')).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });

  it('should render again for the first request after the data version changed', async () => {
    await get('/');
    dataVersion = 'v2';
    await watch.check();
    expect(await (await get('/')).text()).toContain('<p>v2</p>');
    await get('/');
    expect(renders.map((r) => r.version)).toEqual(['v2']);
  });

  it('should answer 304 without rendering when the visitor has the page', async () => {
    const etag = (await get('/')).headers.get('etag')!;
    renders = [];
    const again = await get('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(renders).toEqual([]);
  });

  it('should let visitors who ask while a page renders wait for that one render', async () => {
    const bodies = await Promise.all([get('/slow'), get('/slow'), get('/slow')].map(async (r) => (await r).text()));
    expect(new Set(bodies).size).toBe(1);
    expect(renders).toHaveLength(1);
  });

  it('should keep no page while a write passes through to the API, and show its change on the first page after it', async () => {
    await get('/');
    renders = [];
    const write = new EventEmitter() as ServerResponse;
    watch.holdDuring(write);
    dataVersion = 'v3';
    expect(await (await get('/')).text()).toContain('<p>v2</p>');
    write.emit('close');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await (await get('/')).text()).toContain('<p>v3</p>');
    await get('/');
    // The page was kept for v2, yet rendered again during the write, not kept, and once for v3 after it.
    expect(renders.map((r) => r.version)).toEqual(['v2', 'v3']);
  });

  it.each([
    ['whose render saw an API request fail', '/api-failed', 200],
    ['that is not found', '/missing', 404],
  ])('should send a page %s but render it again for the next visitor, and let nobody keep it', async (_case, path, status) => {
    const first = await get(path);
    expect(first.status).toBe(status);
    expect(first.headers.get('cache-control')).toContain('no-store');
    await get(path);
    expect(renders).toHaveLength(2);
  });
});
