import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type ContentCoding, PrebuiltResponse, negotiateCoding } from './prebuilt-response';

const BIG = { rows: Array.from({ length: 200 }, (_v, i) => ({ year: 2000 + i, value: i * 1.5, label: 'Assen' })) };
const header = (representation: { headers: readonly (readonly [string, string])[] }, name: string) =>
  representation.headers.find(([n]) => n === name)?.[1];

describe('negotiateCoding', () => {
  const all = () => true;
  it.each<[string | undefined, ContentCoding]>([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['deflate', 'identity'],
    ['GZIP', 'gzip'],
  ])('should choose %p → %p when every copy exists', (accept, expected) => {
    expect(negotiateCoding(accept, all)).toBe(expected);
  });

  it('should fall back to a coding there is a copy of when the best one is not made yet', () => {
    expect(negotiateCoding('br, gzip', (coding) => coding === 'gzip')).toBe('gzip');
    expect(negotiateCoding('br', (coding) => coding === 'identity')).toBe('identity');
  });
});

describe('PrebuiltResponse', () => {
  it('should send the bytes uncompressed with their length and ETag before the compressed copies exist', () => {
    const prebuilt = PrebuiltResponse.json(BIG, 'no-cache');
    const representation = prebuilt.representation('GET', 'br, gzip', undefined);
    expect(representation.status).toBe(200);
    expect(JSON.parse(representation.body!.toString())).toEqual(BIG);
    expect(header(representation, 'Content-Length')).toBe(String(representation.body!.length));
    expect(header(representation, 'Content-Encoding')).toBeUndefined();
    expect(header(representation, 'ETag')).toBe(prebuilt.etag);
    expect(header(representation, 'Vary')).toBe('Accept-Encoding');
    expect(header(representation, 'Cache-Control')).toBe('no-cache');
  });

  it('should send brotli or gzip bytes that decode to the same JSON, each with its own ETag, once compressed', async () => {
    const prebuilt = PrebuiltResponse.json(BIG, 'no-cache');
    await prebuilt.compress();
    const br = prebuilt.representation('GET', 'br, gzip', undefined);
    const gz = prebuilt.representation('GET', 'gzip', undefined);
    expect(header(br, 'Content-Encoding')).toBe('br');
    expect(header(gz, 'Content-Encoding')).toBe('gzip');
    expect(JSON.parse(brotliDecompressSync(br.body!).toString())).toEqual(BIG);
    expect(JSON.parse(gunzipSync(gz.body!).toString())).toEqual(BIG);
    expect(br.body!.length).toBeLessThan(prebuilt.body.length);
    expect(new Set([header(br, 'ETag'), header(gz, 'ETag'), prebuilt.etag]).size).toBe(3);
  });

  it('should answer 304 with the ETag the client named when it has any coding of the content', async () => {
    const prebuilt = PrebuiltResponse.json(BIG, 'no-cache');
    await prebuilt.compress();
    const brEtag = header(prebuilt.representation('GET', 'br', undefined), 'ETag')!;
    const again = prebuilt.representation('GET', undefined, brEtag);
    expect(again).toEqual({
      status: 304,
      headers: [
        ['ETag', brEtag],
        ['Cache-Control', 'no-cache'],
        ['Vary', 'Accept-Encoding'],
      ],
      body: null,
    });
    expect(prebuilt.representation('GET', 'gzip', `W/${prebuilt.etag}`).status).toBe(304);
    expect(prebuilt.representation('GET', 'gzip', '"something-else"').status).toBe(200);
  });

  it('should add Accept-Encoding to what else the answer varies on, once', () => {
    const page = new PrebuiltResponse(Buffer.from('<html></html>'), {
      contentType: 'text/html',
      cacheControl: 'public, s-maxage=5',
      vary: ['rsc', 'Accept-Encoding'],
    });
    expect(header(page.representation('GET', undefined, undefined), 'Vary')).toBe('rsc, Accept-Encoding');
    expect(header(page.representation('GET', undefined, undefined), 'Cache-Control')).toBe('public, s-maxage=5');
  });

  it('should send the headers but no body when the request is HEAD', () => {
    const representation = PrebuiltResponse.json(BIG, 'no-cache').representation('HEAD', undefined, undefined);
    expect(representation.body).toBeNull();
    expect(Number(header(representation, 'Content-Length'))).toBeGreaterThan(1000);
  });

  it('should keep a small answer uncompressed when compressing would not pay', async () => {
    const prebuilt = PrebuiltResponse.json({ ok: true }, 'no-cache');
    await prebuilt.compress();
    expect(header(prebuilt.representation('GET', 'br, gzip', undefined), 'Content-Encoding')).toBeUndefined();
  });
});
