import { randomUUID } from 'node:crypto';
import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CACHE_RENDER_HEADER, RENDER_DATA_VERSION_HEADER, renderFailed } from '../../lib/render/render-context';

/** A page as Next.js rendered it, whole, and whether every API request of the render succeeded. */
export interface RenderedPage {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly apiFailed: boolean;
}

/** Headers of one connection, not of the request: not passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/**
 * Renders pages for the page cache: Next.js's request handler on a second, private server on loopback, asked over
 * HTTP like a visitor would ask it, so the whole answer (status, headers, body) arrives as it would be sent, with
 * no patching of Next.js's response. Each render is marked (CACHE_RENDER_HEADER, with an id) so the proxy gives it
 * no nonce and the API client can say whether an API request failed; it names the data version it is for.
 */
export class NextRenderer {
  private constructor(
    private readonly origin: string,
    private readonly close_: () => Promise<void>,
  ) {}

  static async start(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>): Promise<NextRenderer> {
    const server = createServer((request, response) => {
      handle(request, response).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const close = () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    return new NextRenderer(`http://127.0.0.1:${port}`, close);
  }

  /** Renders the page a visitor asked for (its settled headers), for `dataVersion`, uncompressed. */
  render(visitor: IncomingMessage, dataVersion: string | null): Promise<RenderedPage> {
    const renderId = randomUUID();
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(visitor.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    headers['accept-encoding'] = 'identity';
    headers[CACHE_RENDER_HEADER] = renderId;
    if (dataVersion !== null) headers[RENDER_DATA_VERSION_HEADER] = dataVersion;
    return new Promise((resolve, reject) => {
      request(`${this.origin}${visitor.url ?? '/'}`, { method: 'GET', headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 500,
            headers: response.headers,
            body: Buffer.concat(chunks),
            apiFailed: renderFailed(renderId),
          }),
        );
      })
        .on('error', reject)
        .end();
    });
  }

  close(): Promise<void> {
    return this.close_();
  }
}
