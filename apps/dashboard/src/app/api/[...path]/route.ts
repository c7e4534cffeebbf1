import type { ApiProblem } from '@koers/api-contracts';
import { NextRequest } from 'next/server';
import { apiBaseUrl } from '../../../lib/api/api-client';
import { API_HEADERS_NOT_FORWARDED } from '../../../lib/security/security-headers';

// Forwards /api/* to the API at request time, so a user needs one address (the dashboard's) and API_URL can
// change without a rebuild. Bodies are streamed both ways (uploads, large downloads).
//
// X-Forwarded-For is passed on as the dashboard's server settled it (src/server/visitor-address.ts): the one
// address of the visitor, from the socket, never a header the visitor chose. The API's security headers stay
// behind (the dashboard's server sets its own on every response), and a Location on the API's address is made
// relative, so no answer names the API's internal address.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

function requestHeaders(request: NextRequest): Headers {
  const headers = new Headers();
  request.headers.forEach((value, key) => {
    if (!HOP_BY_HOP.has(key)) headers.set(key, value);
  });
  return headers;
}

function responseHeaders(upstream: Response, base: string): Headers {
  const headers = new Headers();
  upstream.headers.forEach((value, key) => {
    if (HOP_BY_HOP.has(key) || key === 'content-encoding' || API_HEADERS_NOT_FORWARDED.has(key)) return;
    headers.set(key, key === 'location' && value.startsWith(base) ? value.slice(base.length) || '/' : value);
  });
  return headers;
}

/** The API did not answer: a problem (RFC 9457) like every error the API itself sends, in the page's language. */
function unreachable(request: NextRequest): Response {
  const english = request.nextUrl.searchParams.get('lang') === 'en';
  const problem: ApiProblem = {
    status: 502,
    title: english ? 'Bad Gateway' : 'Ongeldige gateway',
    detail: english ? 'The Koers API cannot be reached.' : 'De Koers-API is niet bereikbaar.',
    instance: request.nextUrl.pathname,
    code: 'API_UNREACHABLE',
  };
  return Response.json(problem, { status: 502, headers: { 'content-type': 'application/problem+json; charset=utf-8' } });
}

async function forward(request: NextRequest): Promise<Response> {
  const base = apiBaseUrl();
  const target = new URL(request.nextUrl.pathname + request.nextUrl.search, base);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const upstream = await fetch(target, {
      method: request.method,
      headers: requestHeaders(request),
      body: hasBody ? request.body : undefined,
      redirect: 'manual',
      ...(hasBody ? { duplex: 'half' } : {}),
    } as RequestInit);
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders(upstream, base) });
  } catch {
    return unreachable(request);
  }
}

export const dynamic = 'force-dynamic';
export const GET = forward;
export const HEAD = forward;
export const POST = forward;
export const PUT = forward;
export const PATCH = forward;
export const DELETE = forward;
export const OPTIONS = forward;
