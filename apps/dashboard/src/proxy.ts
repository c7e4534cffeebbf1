import { NextRequest, NextResponse } from 'next/server';
import { CACHE_RENDER_HEADER } from './lib/render/render-context';
import { isChartImagePath, isEmbedPath, pageContentSecurityPolicy } from './lib/security/security-headers';

// A page rendered for one request gets a Content-Security-Policy with a fresh nonce. Next.js reads the policy from
// the request (set here) and puts the nonce on its own scripts and style tags, so a page runs no script it did not
// send itself. A render for the page cache gets none: the same page goes to every visitor, so the dashboard's
// server gives it a policy with the hashes of its inline scripts instead (src/server/page-cache/). Only that
// server can mark a request so: it removes the mark from every request a visitor sends. The proxy only passes
// the request on: the language paths are a rewrite in next.config.ts, so no x-middleware-rewrite header tells a
// visitor where a request went internally.
// An embedded chart's page may be framed by any site (`frame-ancestors *`); a chart picture is no page and keeps the
// server's policy for non-pages.
export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  if (request.headers.has(CACHE_RENDER_HEADER) || isChartImagePath(path)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = pageContentSecurityPolicy(nonce, { embeddable: isEmbedPath(path) });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Every page, also an address no page has (its answer is a page too); not the API forwarder (which keeps the
  // server's policy for non-pages) and not Next.js's static files.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
};
