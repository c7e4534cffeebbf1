import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { Client } from 'pg';
import { DATA_VERSION_HEADER } from '@koers/api-contracts';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { DataVersionService } from './data-version.service';

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

const LIMIT = 50;

/** The API with the data-version check kept a minute, so repeated requests take the fast lane. */
describe('the fast lane of cached answers', () => {
  let api: E2eApi;
  let base: string;

  /** One request as it went over the wire: no client decodes or parses anything. */
  const get = (path: string, headers: Record<string, string> = {}): Promise<Raw> =>
    new Promise((resolve, reject) => {
      httpRequest(`${base}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });

  /** Asks until the compressed copies are made (in the thread pool, after the first answer). */
  async function whenCompressed(path: string): Promise<Raw> {
    for (let i = 0; i < 100; i++) {
      const answer = await get(path, { 'accept-encoding': 'br' });
      if (answer.headers['content-encoding'] === 'br') return answer;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${path} never came compressed`);
  }

  beforeAll(async () => {
    api = await startE2eApi({ options: { dataVersionTtlMs: 60_000, rateLimit: { ttlMs: 60_000, limit: LIMIT } } });
    const server = api.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(() => api.close());

  it('should serve brotli bytes that decode to the same answer as the uncompressed one when the client accepts br', async () => {
    const plain = await get('/ambitions');
    const br = await whenCompressed('/ambitions');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(br.headers['vary']).toContain('Accept-Encoding');
    // The headers every answer carries are there on the fast lane too.
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('should answer 304 without a body when the client names the ETag of any coding it has', async () => {
    const br = await whenCompressed('/ambitions?lang=en');
    const again = await get('/ambitions?lang=en', { 'if-none-match': String(br.headers['etag']) });
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('should count its answers against the rate limit and refuse with the API error once the client is over it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await get('/regions')).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429]);
    const refused = await get('/regions');
    expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(JSON.parse(refused.body.toString())).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
  });

  it('should not serve an answer of older data once this process committed new data', async () => {
    const before = await assenPopulation();
    await correctAssenPopulation('correction-1');
    api.app.get(DataVersionService).invalidate();
    expect(await assenPopulation()).toBe(before + 1);
  });

  it('should ask the database again when the client names a data version this process has not seen, and answer from the newer data', async () => {
    const version = JSON.parse((await get('/data-version')).body.toString()).dataVersion;
    const before = await assenPopulation();
    // Committed by another process: this one keeps its known version for the check interval (a minute here).
    await correctAssenPopulation('correction-2');
    expect(await assenPopulation()).toBe(before);
    expect(await assenPopulation({ [DATA_VERSION_HEADER]: 'seen-by-another-process' })).toBe(before + 1);
    expect(JSON.parse((await get('/data-version')).body.toString()).dataVersion).not.toBe(version);
  });

  /** Assen's newest population as GET /indicators/population-total gives it. */
  async function assenPopulation(headers: Record<string, string> = {}): Promise<number> {
    return JSON.parse((await get('/indicators/population-total', headers)).body.toString()).latest.value;
  }

  /** A correction of Assen's 2026 population (one more), committed as a run or an upload would. */
  async function correctAssenPopulation(version: string): Promise<void> {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, status, publication_version, published_at, run_id)
         SELECT measure_id, region_code, period_code, period_start, period_end, value + 1, status, $1, now(), run_id
         FROM current_observation o WHERE o.region_code = 'GM0106' AND o.period_code = '2026JJ00'
           AND measure_id = (SELECT id FROM measure WHERE source_key = 'M000352' LIMIT 1)`,
        [version],
      );
    } finally {
      await client.end();
    }
  }
});
