import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { getFromApi } from './api-client';

describe('getFromApi', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.url ?? '');
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
