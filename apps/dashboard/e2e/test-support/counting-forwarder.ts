import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP forwarder between the dashboard and the API that writes down every request it passes on (method and
 * path), so a test can say how many API requests a page cost. GET /api/v1/data-version (the dashboard's check
 * whether the data changed, every second) is passed on but not written down.
 */
export class CountingForwarder {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly requests: string[],
  ) {}

  static async start(targetPort: number): Promise<CountingForwarder> {
    const requests: string[] = [];
    const server = createServer((incoming, outgoing) => {
      if (!incoming.url?.startsWith('/api/v1/data-version')) requests.push(`${incoming.method} ${incoming.url}`);
      const upstream = request(
        { host: '127.0.0.1', port: targetPort, path: incoming.url, method: incoming.method, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.writeHead(502).end());
      incoming.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new CountingForwarder(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests);
  }

  /** The requests passed on while `work` ran. */
  async during(work: () => Promise<unknown>): Promise<string[]> {
    const from = this.requests.length;
    await work();
    return this.requests.slice(from);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
