// The one home of the dashboard's security headers. Its server (src/server/dashboard-server.ts) sets the common
// ones on every response before Next.js handles the request; the proxy (src/proxy.ts) gives a page rendered for
// one request its Content-Security-Policy with a fresh nonce, the page cache (src/server/page-cache/) a cached
// page its policy with the hashes of its inline scripts; the /api/* forwarder drops the API's own versions of these
// headers, so the dashboard's origin answers with one policy whatever is behind it.

export type HeaderList = readonly (readonly [name: string, value: string])[];

/** One year, including subdomains: sent only when DASHBOARD_HTTPS says the site is served over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Powerful features no page of Koers uses, refused for the page and anything it could embed. */
export const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/**
 * The policy of everything that is not a page: the API's JSON and downloads through /api/*, Next.js's own files,
 * the answer to a request that reaches no page. None of them may run, load or embed anything.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The API's documentation UI (Swagger UI at `/api/v1/docs`, reached through the /api/* forwarder): its script and
 * style files from the site itself, its inline <style> elements (the UI's own template has them), its icons as
 * data: images, the OpenAPI document fetched from 'self'. Nothing else, and never in a frame.
 */
export const API_DOCUMENTATION_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The documentation UI and its files (`/api/v1/docs`, `/api/v1/docs/…`); the OpenAPI document is JSON, no page. */
export function isApiDocumentationPath(pathname: string): boolean {
  return /^\/api\/v1\/docs(?:\/|$)/.test(pathname);
}

/**
 * sha256 of the one style attribute a page may have: `display:none`, which React writes on the hidden <svg> that
 * carries a part of an SVG streamed later (`<svg aria-hidden="true" style="display:none" id="S:…">`, moved into
 * place by its nonced `$RS` script) — a chart or map whose rows arrive in several chunks. HTML parts are hidden
 * with the `hidden` attribute instead, which needs nothing.
 */
export const REACT_HIDDEN_SEGMENT_STYLE_HASH = 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE=';

/**
 * The pages made to be shown in a frame on another site: an embedded chart (`/embed/…`, `/en/embed/…`). Every other
 * page refuses to be framed.
 */
export function isEmbedPath(pathname: string): boolean {
  return /^\/(?:en\/)?embed\//.test(pathname);
}

/**
 * The chart pictures (`/indicatoren/:id/grafiek`): not pages, so they keep the policy of everything that is not a
 * page, which lets an SVG opened on its own run nothing.
 */
export function isChartImagePath(pathname: string): boolean {
  return /^\/(?:(?:en|nl)\/)?indicatoren\/[^/]+\/grafiek$/.test(pathname);
}

/** Whether a page may be framed by another site: an embed (`isEmbedPath`), and no other page. */
export interface FramingOptions {
  readonly embeddable: boolean;
}

const NOT_EMBEDDABLE: FramingOptions = { embeddable: false };

/**
 * Who may put a page in a frame: anyone for an embedded chart (it is open data, made to be shown elsewhere; it has
 * no form, no login and nothing to click that acts), no one for any other page (clickjacking).
 */
function frameAncestors(framing: FramingOptions): string {
  return framing.embeddable ? '*' : "'none'";
}

/** A page's policy around its script and style sources and its framing; everything else is the same for every page. */
function pagePolicy(scriptSources: readonly string[], styleSources: readonly string[], framing: FramingOptions): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    `style-src-attr 'unsafe-hashes' '${REACT_HIDDEN_SEGMENT_STYLE_HASH}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors(framing)}`,
  ].join('; ');
}

/**
 * The policy of a page rendered for one request (/beheer, and any page when the page cache is off). Scripts: only
 * those carrying this request's nonce — Next.js puts it on its own scripts when it finds it in the request's
 * policy — and what they load ('strict-dynamic'); no 'unsafe-inline', no eval. Styles: the stylesheet from 'self'
 * and Next.js's nonced style tags; no 'unsafe-inline'. Style attributes: only the exact `display:none` of React's
 * streaming (by hash; 'unsafe-hashes' is what lets a hash match an attribute and allows nothing else), so no
 * component may use a style attribute (widths and colours go through classes or SVG attributes). Images, fonts
 * and requests: 'self'. No frames of Koers elsewhere but the embeds (`isEmbedPath`), no plugins, no <base> or
 * form target elsewhere.
 */
export function pageContentSecurityPolicy(nonce: string, framing: FramingOptions = NOT_EMBEDDABLE): string {
  return pagePolicy([`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`], [`'self'`, `'nonce-${nonce}'`], framing);
}

/**
 * The policy of a page kept in the page cache and sent to every visitor (and a CDN) as it is: a nonce would be
 * the same for all, so no nonce. Inline scripts and style elements: only these exact ones, by their sha256 (the
 * page cache hashes what the render wrote). Script files: from 'self' (Next.js's chunks, also the ones loaded
 * later) — the /api/* answers on the same origin cannot run as scripts: they are JSON, CSV and files sent with
 * X-Content-Type-Options: nosniff. The rest as for any page.
 */
export function cachedPageContentSecurityPolicy(
  hashes: { readonly scripts: readonly string[]; readonly styles: readonly string[] },
  framing: FramingOptions = NOT_EMBEDDABLE,
): string {
  const quoted = (list: readonly string[]) => list.map((hash) => `'${hash}'`);
  return pagePolicy([`'self'`, ...quoted(hashes.scripts)], [`'self'`, ...quoted(hashes.styles)], framing);
}

/**
 * The headers every response of the dashboard carries; the Content-Security-Policy is replaced on pages (and is the
 * documentation UI's own on `/api/v1/docs`, `contentSecurityPolicy`). An embed
 * may be framed by another site, so it sends no X-Frame-Options and lets other origins load it
 * (Cross-Origin-Resource-Policy), which a site that isolates itself (COEP) asks of what it frames.
 */
export function commonSecurityHeaders(options: {
  readonly https: boolean;
  readonly embeddable?: boolean;
  readonly contentSecurityPolicy?: string;
}): HeaderList {
  const embeddable = options.embeddable === true;
  return [
    ['Content-Security-Policy', options.contentSecurityPolicy ?? NON_PAGE_CONTENT_SECURITY_POLICY],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', embeddable ? 'cross-origin' : 'same-origin'],
    // For browsers that predate frame-ancestors.
    ...(embeddable ? [] : ([['X-Frame-Options', 'DENY']] as const)),
    ...(options.https ? ([['Strict-Transport-Security', STRICT_TRANSPORT_SECURITY]] as const) : []),
  ];
}

/**
 * Response headers of the API the forwarder does not pass on: its own security headers (helmet's, which would
 * override the dashboard's — an HSTS over plain HTTP, frames from 'self'), and what names the software behind.
 */
export const API_HEADERS_NOT_FORWARDED: ReadonlySet<string> = new Set([
  'content-security-policy',
  'content-security-policy-report-only',
  'strict-transport-security',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'cross-origin-embedder-policy',
  'origin-agent-cluster',
  'x-frame-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
  'x-powered-by',
  'server',
]);
