import { CbsHttpClient, CbsHttpOptions } from './cbs-http.client';
import { FakeCbsServer } from '../test-support/fake/fake-cbs.server';
import { failureOf } from '../test-support/source-failure';

describe('CbsHttpClient against the fake CBS server', () => {
  const server = new FakeCbsServer();
  let sleeps: number[];
  let tableInfosUrl: string;

  beforeAll(async () => {
    await server.start();
    tableInfosUrl = `${server.url}/ODataApi/odata/84799NED/TableInfos?$format=json`;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.clearFaults();
    server.clearRequests();
    sleeps = [];
  });

  function client(overrides: Partial<CbsHttpOptions> = {}): CbsHttpClient {
    return new CbsHttpClient({
      timeoutMs: 2_000,
      maxRetries: 3,
      backoffBaseMs: 100,
      concurrency: 2,
      random: () => 0.5,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      ...overrides,
    });
  }

  it('should retry and succeed when the first response is an HTTP 500', async () => {
    server.injectFault({ kind: 'http-500', match: 'TableInfos' });
    const body = await client().getJson(tableInfosUrl, { tableId: '84799NED', endpoint: 'TableInfos' });
    expect(body).toMatchObject({ value: [{ Identifier: '84799NED' }] });
    expect(server.requests.map((r) => r.fault)).toEqual(['http-500', null]);
    // Equal jitter with random 0.5: 100 * 2^0 → 50 + 25.
    expect(sleeps).toEqual([75]);
  });

  it('should back off exponentially with jitter when several 5xx follow each other', async () => {
    server.injectFault({ kind: 'http-500', times: 3 });
    await client({ random: () => 0 }).getJson(tableInfosUrl, { endpoint: 'TableInfos' });
    expect(sleeps).toEqual([50, 100, 200]);
  });

  it('should wait exactly the Retry-After seconds when the server answers 429', async () => {
    server.injectFault({ kind: 'http-429', retryAfter: '2' });
    await client().getJson(tableInfosUrl, { endpoint: 'TableInfos' });
    expect(sleeps).toEqual([2_000]);
    expect(server.requests).toHaveLength(2);
  });

  it('should fail without waiting when Retry-After is longer than the allowed maximum', async () => {
    server.injectFault({ kind: 'http-429', retryAfter: '3600' });
    const error = await failureOf(client({ maxRetryAfterMs: 60_000 }).getJson(tableInfosUrl, { endpoint: 'TableInfos' }));
    expect(error).toMatchObject({ kind: 'retriable', code: 'rate-limited' });
    expect(sleeps).toEqual([]);
  });

  it('should time out and retry when a response is slower than the client timeout', async () => {
    server.injectFault({ kind: 'slow', delayMs: 1_500 });
    const body = await client({ timeoutMs: 200 }).getJson(tableInfosUrl, { endpoint: 'TableInfos' });
    expect(body).toMatchObject({ value: [{ Identifier: '84799NED' }] });
    expect(server.requests.map((r) => r.fault)).toEqual(['slow', null]);
  });

  it('should classify a timeout as retriable with code timeout when every attempt is slow', async () => {
    server.injectFault({ kind: 'slow', delayMs: 1_500, times: 2 });
    const error = await failureOf(client({ timeoutMs: 150, maxRetries: 1 }).getJson(tableInfosUrl, { endpoint: 'TableInfos' }));
    expect(error).toMatchObject({ kind: 'retriable', code: 'timeout', details: { attempts: 2 } });
  });

  it('should retry when the JSON body is truncated', async () => {
    server.injectFault({ kind: 'truncated-json' });
    const body = await client().getJson(tableInfosUrl, { endpoint: 'TableInfos' });
    expect(body).toMatchObject({ value: [{ Identifier: '84799NED' }] });
    expect(server.requests.map((r) => r.fault)).toEqual(['truncated-json', null]);
  });

  it('should retry when the connection is reset', async () => {
    server.injectFault({ kind: 'connection-reset' });
    const body = await client().getJson(tableInfosUrl, { endpoint: 'TableInfos' });
    expect(body).toMatchObject({ value: [{ Identifier: '84799NED' }] });
    expect(server.requests).toHaveLength(2);
  });

  it('should report connection-reset after the bounded number of retries when every attempt is reset', async () => {
    server.injectFault({ kind: 'connection-reset', times: Number.POSITIVE_INFINITY });
    const error = await failureOf(client({ maxRetries: 2 }).getJson(tableInfosUrl, { tableId: '84799NED', endpoint: 'TableInfos' }));
    expect(error).toMatchObject({ kind: 'retriable', code: 'connection-reset', details: { attempts: 3, tableId: '84799NED' } });
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('should not retry when the server answers a 4xx other than 429', async () => {
    server.injectFault({ kind: 'http-status', status: 403 });
    const error = await failureOf(client().getJson(tableInfosUrl, { endpoint: 'TableInfos' }));
    expect(error).toMatchObject({ kind: 'fatal', code: 'client-error', details: { status: 403, attempts: 1 } });
    expect(server.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('should classify an unknown table as fatal not-found without retrying', async () => {
    const error = await failureOf(
      client().getJson(`${server.url}/ODataApi/odata/00000AAA/TableInfos?$format=json`, { tableId: '00000AAA', endpoint: 'TableInfos' }),
    );
    expect(error).toMatchObject({ kind: 'fatal', code: 'not-found' });
    expect(server.requests).toHaveLength(1);
  });

  it('should classify the ODataApi 10,000-cell refusal as fatal result-too-large, not retry it', async () => {
    const url = `${server.url}/ODataApi/odata/84799NED/TypedDataSet?$format=json`;
    const error = await failureOf(client().getJson(url, { tableId: '84799NED', endpoint: 'TypedDataSet' }));
    expect(error).toMatchObject({ kind: 'fatal', code: 'result-too-large', details: { status: 500 } });
    expect(server.requests).toHaveLength(1);
  });

  it('should report a schema error when a 200 body is not JSON at all', async () => {
    const error = await failureOf(client().getJson(`${server.url}/ODataApi/odata/84799NED/$metadata`, { endpoint: '$metadata' }));
    expect(error).toMatchObject({ kind: 'schema', code: 'schema-mismatch' });
  });

  it('should classify a refused connection as retriable when nothing listens', async () => {
    const closed = new FakeCbsServer({ loadFixtures: false });
    const { url, close } = await closed.start();
    await close();
    const error = await failureOf(client({ maxRetries: 1 }).getJson(`${url}/ODataCatalog/Tables`, { endpoint: 'Tables' }));
    expect(error).toMatchObject({ kind: 'retriable', code: 'network', details: { attempts: 2 } });
  });

  it('should keep at most `concurrency` requests in flight when many are started at once', async () => {
    const http = client({ concurrency: 2 });
    server.injectFault({ kind: 'slow', delayMs: 100, times: 6 });
    let peak = 0;
    const watcher = setInterval(() => (peak = Math.max(peak, http.inFlight)), 5);
    await Promise.all(Array.from({ length: 6 }, () => http.getJson(tableInfosUrl, { endpoint: 'TableInfos' })));
    clearInterval(watcher);
    expect(peak).toBe(2);
    expect(server.requests).toHaveLength(6);
  });

  it('should reject bad configuration as a fatal bad-config error', () => {
    expect(() => client({ concurrency: 0 })).toThrow(expect.objectContaining({ kind: 'fatal', code: 'bad-config' }));
  });
});
