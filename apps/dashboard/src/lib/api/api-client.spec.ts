import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { getFromApi } from './api-client';

// The request scope Next.js gives a server component; outside one (as here by default) headers() throws.
const requestHeaders = jest.fn<Promise<Headers>, []>(() => Promise.reject(new Error('outside a request scope')));
jest.mock('next/headers', () => ({ headers: () => requestHeaders() }));

describe('getFromApi', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];
  const forwardedFor: (string | undefined)[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.url ?? '');
      forwardedFor.push(request.headers['x-forwarded-for'] as string | undefined);
      if (request.url === '/api/v1/health') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      } else {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'not found' }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  afterEach(() => delete process.env['API_URL']);

  it('should return the body of the API path below /api/v1 when the API answers', async () => {
    process.env['API_URL'] = base;
    await expect(getFromApi('/health')).resolves.toEqual({ ok: true, data: { status: 'ok' } });
    expect(seen).toContain('/api/v1/health');
    expect(forwardedFor.at(-1)).toBeUndefined();
  });

  it("should pass the visitor's address on, so the API's rate limit counts each visitor apart", async () => {
    process.env['API_URL'] = base;
    requestHeaders.mockResolvedValueOnce(new Headers({ 'x-forwarded-for': '203.0.113.9' }));
    await expect(getFromApi('/health')).resolves.toMatchObject({ ok: true });
    expect(forwardedFor.at(-1)).toBe('203.0.113.9');
  });

  it('should say which status the API gave when it answers with an error', async () => {
    process.env['API_URL'] = base;
    await expect(getFromApi('/nope')).resolves.toEqual({ ok: false, status: 404, message: 'De API antwoordde met status 404.' });
  });

  it('should say the API cannot be reached when nothing listens', async () => {
    process.env['API_URL'] = 'http://127.0.0.1:9';
    await expect(getFromApi('/health')).resolves.toEqual({ ok: false, status: null, message: 'De Koers-API is niet bereikbaar.' });
  });
});
