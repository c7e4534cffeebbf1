import { NextRequest, NextResponse } from 'next/server';
import { isChartImagePath, isEmbedPath, pageContentSecurityPolicy } from './lib/security/security-headers';

// Every page gets a Content-Security-Policy with a fresh nonce. Next.js reads the policy from the request (set
// here) and puts the nonce on its own scripts and style tags, so a page runs no script it did not send itself.
// The pages render per request (dynamic), as a nonce requires. The proxy only passes the request on: the
// language paths are a rewrite in next.config.ts, so no x-middleware-rewrite header tells a visitor where a
// request went internally.
// An embedded chart's page may be framed by any site (`frame-ancestors *`); a chart picture is no page and keeps the
// server's policy for non-pages.
export function proxy(request: NextRequest): NextResponse {
  const path = request.nextUrl.pathname;
  if (isChartImagePath(path)) return NextResponse.next();
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
