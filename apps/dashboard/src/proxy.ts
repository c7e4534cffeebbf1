import { NextRequest, NextResponse } from 'next/server';

// How the two languages work: every page lives once under app/[lang]/. Dutch is the default and has no prefix
// in the address (/ambities/generaties), so this proxy rewrites such paths to /nl/… internally; English pages are
// addressed as /en/… and match [lang] directly. The pages read `lang` from their params and ask the API for
// texts with ?lang=en.
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  // /nl/… is left alone: it is what Dutch paths are rewritten to (the proxy can see the rewritten path again).
  if (/^\/(en|nl)(\/|$)/.test(pathname)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = pathname === '/' ? '/nl' : `/nl${pathname}`;
  return NextResponse.rewrite(url);
}

export const config = {
  // Not the API forwarder, Next's own files or static files.
  matcher: ['/((?!api/|_next/|favicon\\.ico|.*\\.[a-z0-9]+$).*)'],
};
