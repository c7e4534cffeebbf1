import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { loadConfig } from '@koers/config';
import { commonSecurityHeaders, isEmbedPath } from '../lib/security/security-headers';
import { compileTrust, settleForwardingHeaders } from './visitor-address';

// The dashboard's server: Next.js's request handler behind a plain Node HTTP server, because only here is the
// socket's address known (a route handler or the proxy never sees it). Before Next.js reads a request it
// settles who the visitor is (./visitor-address.ts) and sets the headers every response carries
// (../lib/security/security-headers.ts). Run from source: `node tools/scripts/run-ts.cjs
// apps/dashboard/src/server/dashboard-server.ts` after `next build apps/dashboard` (what `npm start` and
// infra/Dockerfile.dashboard do), with NODE_ENV=production.

async function main(): Promise<void> {
  const config = loadConfig();
  const { host, port, trustProxy, https } = config.dashboard;
  const app = next({ dev: false, dir: join(config.workspaceRoot, 'apps', 'dashboard'), hostname: host, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trust = compileTrust(trustProxy);
  const headers = commonSecurityHeaders({ https });
  const embedHeaders = commonSecurityHeaders({ https, embeddable: true });
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    settleForwardingHeaders(request.headers, request.socket.remoteAddress, trust);
    // Set before Next.js handles the request: it starts sending inside handle(), and keeps these unless it sets
    // the same header itself (a page's Content-Security-Policy).
    const path = (request.url ?? '/').split('?')[0]!;
    for (const [name, value] of isEmbedPath(path) ? embedHeaders : headers) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.listen(port, host, () => console.log(`Koers dashboard ready on http://${host}:${port}`));
  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
