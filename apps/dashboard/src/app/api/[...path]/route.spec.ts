import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { GET, POST } from './route';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  forwardedFor?: string | undefined;
  body: string;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => resolve(body));
  });
}

describe('the /api/* forwarding route', () => {
  let server: Server;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      seen.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
        body: await readBody(request),
      });
      if (request.url === '/api/v1/docs') {
        response.writeHead(301, { location: `${process.env['API_URL']}/api/v1/docs/` }).end();
        return;
      }
      // What helmet in front of the API sends, beside the answer's own headers.
      response
        .writeHead(201, {
          'content-type': 'application/json',
          etag: '"v1"',
          'x-ratelimit-remaining': '299',
          'content-security-policy': "default-src 'self'; frame-ancestors 'self'",
          'strict-transport-security': 'max-age=31536000; includeSubDomains',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'no-referrer',
          'x-powered-by': 'Express',
        })
        .end(JSON.stringify({ forwarded: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('should forward path, query and headers and return the API answer when the API is up', async () => {
    const response = await GET(
      new NextRequest('http://localhost:4200/api/v1/indicators?ambition=klimaat', { headers: { authorization: 'Bearer k' } }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.json()).toEqual({ forwarded: true });
    expect(seen.at(-1)).toMatchObject({ method: 'GET', url: '/api/v1/indicators?ambition=klimaat', authorization: 'Bearer k', body: '' });
  });

  it("should pass on the X-Forwarded-For the dashboard's server settled when forwarding", async () => {
    await GET(new NextRequest('http://localhost:4200/api/v1/indicators', { headers: { 'x-forwarded-for': '203.0.113.5' } }));
    expect(seen.at(-1)?.forwardedFor).toBe('203.0.113.5');
  });

  it("should keep the API's own security headers and its software's name behind when answering", async () => {
    const response = await GET(new NextRequest('http://localhost:4200/api/v1/indicators'));
    const names = [...response.headers.keys()];
    expect(names).toEqual(expect.arrayContaining(['content-type', 'etag', 'x-ratelimit-remaining']));
    for (const name of ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'referrer-policy', 'x-powered-by'])
      expect(names).not.toContain(name);
  });

  it("should make a Location on the API's address relative when the API redirects", async () => {
    const response = await GET(new NextRequest('http://localhost:4200/api/v1/docs'));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/api/v1/docs/');
  });

  it('should stream a request body through when posting', async () => {
    await POST(new NextRequest('http://localhost:4200/api/v1/uploads/vacancy', { method: 'POST', body: 'peildatum;gemeentecode\n' }));
    expect(seen.at(-1)).toMatchObject({ method: 'POST', url: '/api/v1/uploads/vacancy', body: 'peildatum;gemeentecode\n' });
  });

  it('should answer 502 with a problem in Dutch, or English with lang=en, when the API is down', async () => {
    const saved = process.env['API_URL'];
    process.env['API_URL'] = 'http://127.0.0.1:9';
    const response = await GET(new NextRequest('http://localhost:4200/api/v1/health'));
    const english = await GET(new NextRequest('http://localhost:4200/api/v1/health?lang=en'));
    process.env['API_URL'] = saved;
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect(await response.json()).toEqual({
      status: 502,
      title: 'Ongeldige gateway',
      detail: 'De Koers-API is niet bereikbaar.',
      instance: '/api/v1/health',
      code: 'API_UNREACHABLE',
    });
    expect(await english.json()).toMatchObject({ title: 'Bad Gateway', detail: 'The Koers API cannot be reached.' });
  });
});
