import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A page on another origin (its own port) that frames the given addresses, as a newspaper's site would. */
export interface HostPage {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveHostPage(frames: readonly { readonly src: string; readonly title: string }[]): Promise<HostPage> {
  const body = frames.map((f) => `<iframe src="${f.src}" title="${f.title}" width="900" height="560"></iframe>`).join('\n');
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="nl"><head><title>Krant</title></head><body><h1>Artikel</h1>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
