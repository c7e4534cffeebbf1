import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { etagMatches, etagOf } from './etag';

// A cached answer as the bytes that go on the wire (the API's JSON, the dashboard's pages): its gzip and brotli
// copies made once (off the event loop, in libuv's thread pool) and the headers that depend on those bytes —
// type, length, coding, ETag, caching, Vary — decided here and nowhere else. Serving it is a lookup: pick the
// coding the client accepts, compare its ETag, write the bytes.

/** The content codings a cached answer is kept in, best first. */
export const CONTENT_CODINGS = ['br', 'gzip', 'identity'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this a compressed copy saves less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024;

/** How an answer may be kept, and what else it varies on besides Accept-Encoding (which it always does). */
export interface CachingHeaders {
  readonly contentType: string;
  readonly cacheControl: string;
  readonly vary?: readonly string[];
}

/** What to write: the status, the headers in order, and the body (none for 304 and HEAD). */
export interface Representation {
  readonly status: 200 | 304;
  readonly headers: readonly (readonly [name: string, value: string])[];
  readonly body: Buffer | null;
}

/** The serialised answer, its compressed copies once made, and one ETag per coding. */
export class PrebuiltResponse {
  private readonly copies = new Map<ContentCoding, { readonly bytes: Buffer; readonly etag: string }>();

  private readonly revalidate: readonly [string, string][];

  constructor(
    identity: Buffer,
    private readonly caching: CachingHeaders,
  ) {
    this.copies.set('identity', { bytes: identity, etag: etagOf(identity) });
    const vary = [...new Set([...(caching.vary ?? []), 'Accept-Encoding'])].join(', ');
    this.revalidate = [
      ['Cache-Control', caching.cacheControl],
      ['Vary', vary],
    ];
  }

  /** A JSON answer: serialised once. */
  static json(value: unknown, cacheControl: string): PrebuiltResponse {
    return new PrebuiltResponse(Buffer.from(JSON.stringify(value) ?? 'null'), {
      contentType: 'application/json; charset=utf-8',
      cacheControl,
    });
  }

  /** The uncompressed bytes (what a test or a client without Accept-Encoding gets). */
  get body(): Buffer {
    return this.copies.get('identity')!.bytes;
  }

  /** The ETag of the uncompressed bytes; each coding's copy has it with its coding appended. */
  get etag(): string {
    return this.copies.get('identity')!.etag;
  }

  /** Makes the gzip and brotli copies (in the thread pool); until they exist the answer goes out uncompressed. */
  async compress(): Promise<void> {
    if (this.body.length < COMPRESS_FROM_BYTES || this.copies.size > 1) return;
    const [br, gz] = await Promise.all([
      brotli(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } }),
      gzipped(this.body, { level: 9 }),
    ]);
    const tag = (coding: string) => `${this.etag.slice(0, -1)}-${coding}"`;
    this.copies.set('br', { bytes: br, etag: tag('br') });
    this.copies.set('gzip', { bytes: gz, etag: tag('gzip') });
  }

  /** The ETag If-None-Match names among the copies (they are the same content), if any. */
  matchingEtag(ifNoneMatch: string | string[] | undefined): string | undefined {
    if (ifNoneMatch === undefined) return undefined;
    for (const copy of this.copies.values()) if (etagMatches(ifNoneMatch, copy.etag)) return copy.etag;
    return undefined;
  }

  /**
   * The representation for a request: its coding by Accept-Encoding, no body for HEAD, and 304 when the client
   * has any copy — with that copy's ETag, so a framework that checks freshness itself agrees.
   */
  representation(
    method: string,
    acceptEncoding: string | string[] | undefined,
    ifNoneMatch: string | string[] | undefined,
  ): Representation {
    const matched = this.matchingEtag(ifNoneMatch);
    if (matched !== undefined) return { status: 304, headers: [['ETag', matched], ...this.revalidate], body: null };
    const coding = negotiateCoding(acceptEncoding, (c) => this.copies.has(c));
    const copy = this.copies.get(coding)!;
    const headers: [string, string][] = [
      ['Content-Type', this.caching.contentType],
      ['ETag', copy.etag],
      ...this.revalidate,
      ['Content-Length', String(copy.bytes.length)],
    ];
    if (coding !== 'identity') headers.push(['Content-Encoding', coding]);
    return { status: 200, headers, body: method === 'HEAD' ? null : copy.bytes };
  }
}

/**
 * The coding to send (RFC 9110 §12.5.3): the best the client accepts with the highest q among the copies there
 * are; identity when it accepts none of them (or sent no Accept-Encoding).
 */
export function negotiateCoding(
  acceptEncoding: string | string[] | undefined,
  available: (coding: ContentCoding) => boolean,
): ContentCoding {
  if (acceptEncoding === undefined) return 'identity';
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  const quality = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q === undefined ? 1 : Number(q.slice(2));
    if (name) quality.set(name, Number.isFinite(value) ? value : 0);
  }
  let best: ContentCoding = 'identity';
  let bestQ = 0;
  for (const coding of CONTENT_CODINGS) {
    if (coding === 'identity' || !available(coding)) continue;
    const q = quality.get(coding) ?? quality.get('*') ?? 0;
    if (q > bestQ) [best, bestQ] = [coding, q];
  }
  return best;
}
