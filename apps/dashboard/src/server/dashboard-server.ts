import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { loadConfig } from '@koers/config';
import { INTERNAL_REQUEST_HEADERS, RENDER_DATA_VERSION_HEADER } from '../lib/render/render-context';
import {
  API_DOCUMENTATION_CONTENT_SECURITY_POLICY,
  commonSecurityHeaders,
  isApiDocumentationPath,
  isEmbedPath,
} from '../lib/security/security-headers';
import { DataVersionWatch } from './data-version-watch';
import { NextRenderer } from './page-cache/next-renderer';
import { PageCache } from './page-cache/page-cache';
import { PRIVATE_PAGE_CACHE_CONTROL, isApiWrite, pageCacheDecision } from './page-cache/page-cache-policy';
import { compileTrust, settleForwardingHeaders } from './visitor-address';

// The dashboard's server: Next.js's request handler behind a plain Node HTTP server, because only here is the
// socket's address known (a route handler or the proxy never sees it). Before Next.js reads a request it
// settles who the visitor is (./visitor-address.ts), removes headers only this server may set, and sets the
// headers every response carries (../lib/security/security-headers.ts). Public pages come from the page cache
// (./page-cache/): rendered once per data version, which ./data-version-watch.ts asks the API for. Run from
// source: `node tools/scripts/run-ts.cjs apps/dashboard/src/server/dashboard-server.ts` after `next build
// apps/dashboard` (what `npm start` and infra/Dockerfile.dashboard do), with NODE_ENV=production.

/** Whatever a page sets, a page for one person goes out as one nobody may keep (set as the headers are written). */
function keepPrivate(response: ServerResponse): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    this.setHeader('Cache-Control', PRIVATE_PAGE_CACHE_CONTROL);
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { host, port, trustProxy, https, apiUrl, pageCache, dataCheckMs } = config.dashboard;
  const app = next({ dev: false, dir: join(config.workspaceRoot, 'apps', 'dashboard'), hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trust = compileTrust(trustProxy);
  const headers = commonSecurityHeaders({ https });
  const embedHeaders = commonSecurityHeaders({ https, embeddable: true });
  const documentationHeaders = commonSecurityHeaders({ https, contentSecurityPolicy: API_DOCUMENTATION_CONTENT_SECURITY_POLICY });
  const headersFor = (path: string) => (isEmbedPath(path) ? embedHeaders : isApiDocumentationPath(path) ? documentationHeaders : headers);
  const versions = new DataVersionWatch(apiUrl, dataCheckMs);
  await versions.start();
  const renderer = await NextRenderer.start(handle);
  const pages = new PageCache(renderer, versions);
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    settleForwardingHeaders(request.headers, request.socket.remoteAddress, trust);
    for (const name of INTERNAL_REQUEST_HEADERS) delete request.headers[name];
    // Set before Next.js handles the request: it starts sending inside handle(), and keeps these unless it sets
    // the same header itself (a page's Content-Security-Policy).
    const path = (request.url ?? '/').split('?')[0]!;
    for (const [name, value] of headersFor(path)) response.setHeader(name, value);
    const decision = pageCacheDecision(request.method, request.url ?? '/', request.headers);
    if (decision === 'private') keepPrivate(response);
    // A page rendered for one request is rendered for the data version known now, as the page cache's are: the API
    // answers from that version or a newer one, and what changes only with the data is asked once per version.
    if (decision !== 'pass' && versions.version !== null) request.headers[RENDER_DATA_VERSION_HEADER] = versions.version;
    if (isApiWrite(request.method, request.url ?? '/')) versions.holdDuring(response);
    const answered = decision === 'cache' && pageCache ? pages.serve(request, response) : handle(request, response);
    answered.catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.listen(port, host, () => console.log(`Koers dashboard ready on http://${host}:${port}`));
  const stop = () => {
    versions.stop();
    server.close(() => void Promise.all([renderer.close(), app.close()]).finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
