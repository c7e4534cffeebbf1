import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { CACHE_RENDER_HEADER, RENDER_DATA_VERSION_HEADER, renderFailed } from '../render/render-context';
import { getFromApi } from './api-client';

// The request scope Next.js gives a server component; outside one (as here by default) headers() throws.
const requestHeaders = jest.fn<Promise<Headers>, []>(() => Promise.reject(new Error('outside a request scope')));
jest.mock('next/headers', () => ({ headers: () => requestHeaders() }));

describe('getFromApi', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; headers: Record<string, string | string[] | undefined> }[] = [];
  let regionsVersion = 'v1';

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push({ url: request.url ?? '', headers: request.headers });
      const json = (status: number, body: unknown, extra: Record<string, string> = {}) =>
        response.writeHead(status, { 'content-type': 'application/json', ...extra }).end(JSON.stringify(body));
      if (request.url === '/api/v1/health') return json(200, { status: 'ok' });
      if (request.url === '/api/v1/broken') return json(500, { message: 'kapot' });
      if (request.url === '/api/v1/regions') {
        const etag = `"regions-${regionsVersion}"`;
        if (request.headers['if-none-match'] === etag) return response.writeHead(304, { etag }).end();
        return json(200, { version: regionsVersion }, { etag });
      }
      return json(404, { message: 'not found' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (process.env['API_URL'] = base));
  afterEach(() => delete process.env['API_URL']);

  it('should return the body of the API path below /api/v1 when the API answers', async () => {
    await expect(getFromApi('/health')).resolves.toEqual({ ok: true, data: { status: 'ok' } });
    expect(seen.at(-1)!.url).toBe('/api/v1/health');
    expect(seen.at(-1)!.headers['x-forwarded-for']).toBeUndefined();
  });

  it("should pass the visitor's address and the page's data version on, so the API counts the visitor and answers no older data", async () => {
    requestHeaders.mockResolvedValueOnce(new Headers({ 'x-forwarded-for': '203.0.113.9', [RENDER_DATA_VERSION_HEADER]: 'v42' }));
    await expect(getFromApi('/health')).resolves.toMatchObject({ ok: true });
    expect(seen.at(-1)!.headers).toMatchObject({ 'x-forwarded-for': '203.0.113.9', [RENDER_DATA_VERSION_HEADER]: 'v42' });
  });

  it('should ask again with the ETag it has and reuse the body when the API answers 304, and take the new body when it changed', async () => {
    await expect(getFromApi('/regions')).resolves.toEqual({ ok: true, data: { version: 'v1' } });
    await expect(getFromApi('/regions')).resolves.toEqual({ ok: true, data: { version: 'v1' } });
    expect(seen.at(-1)!.headers['if-none-match']).toBe('"regions-v1"');
    regionsVersion = 'v2';
    await expect(getFromApi('/regions')).resolves.toEqual({ ok: true, data: { version: 'v2' } });
  });

  it('should say which status the API gave when it answers with an error', async () => {
    await expect(getFromApi('/nope')).resolves.toEqual({ ok: false, status: 404, message: 'De API antwoordde met status 404.' });
  });

  it('should say the API cannot be reached when nothing listens', async () => {
    process.env['API_URL'] = 'http://127.0.0.1:9';
    await expect(getFromApi('/health')).resolves.toEqual({ ok: false, status: null, message: 'De Koers-API is niet bereikbaar.' });
  });

  it('should mark a render for the page cache as failed when the API errs or cannot be reached, and not when it answers', async () => {
    const render = (id: string) => requestHeaders.mockResolvedValueOnce(new Headers({ [CACHE_RENDER_HEADER]: id }));
    render('ok-render');
    await getFromApi('/health');
    render('broken-render');
    await getFromApi('/broken');
    process.env['API_URL'] = 'http://127.0.0.1:9';
    render('unreachable-render');
    await getFromApi('/health');
    expect([renderFailed('ok-render'), renderFailed('broken-render'), renderFailed('unreachable-render')]).toEqual([false, true, true]);
  });
});
