import fc from 'fast-check';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { problemOf, requestsTo } from '../test-support/fuzz-request';
import { type GetOperation, getOperationsOf } from '../test-support/openapi-operations';

/** Fixed, so every run sends the same requests; change it to explore further. */
const SEED = 20_251_212;
const TOTAL_REQUESTS = 3_000;
const ADMIN_TOKEN = 'fuzz-admin-token-0123456789abcdef';

describe('every GET operation of the served OpenAPI document, under hostile parameters', () => {
  let api: E2eApi;
  let operations: GetOperation[];
  beforeAll(async () => {
    // The rate limit would answer 429 long before 3,000 requests; the admin key opens the guarded reads as well.
    api = await startE2eApi({ env: { KOERS_ADMIN_TOKEN: ADMIN_TOKEN, API_RATE_LIMIT: '1000000' } });
    operations = getOperationsOf((await request(api.server).get('/api/v1/openapi.json').expect(200)).body);
  });
  afterAll(() => api.close());

  it('should read the GET operations and their parameters when the document is served', () => {
    expect(operations.length).toBeGreaterThanOrEqual(25);
    const observations = operations.find((operation) => operation.path === '/api/v1/observations');
    expect(observations?.parameters.map((parameter) => parameter.name)).toEqual(
      expect.arrayContaining(['asOf', 'cursor', 'region', 'limit']),
    );
    expect(operations.find((operation) => operation.path === '/api/v1/etl/runs/{id}')?.parameters).toContainEqual(
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    );
  });

  it('should answer below 500, every 4xx a problem, when path and query values are hostile', async () => {
    // Each operation's share grows with its parameters: each request attacks one of them.
    const shares = operations.map((operation) => operation.parameters.length + 1);
    const total = shares.reduce((sum, share) => sum + share, 0);
    const failures: string[] = [];
    let sent = 0;
    for (const [index, operation] of operations.entries()) {
      const property = fc.asyncProperty(requestsTo(operation), async (generated) => {
        sent += 1;
        const problem = await problemOf(api.server, generated, ADMIN_TOKEN);
        if (problem !== null) throw new Error(problem);
      });
      const numRuns = Math.ceil((TOTAL_REQUESTS * shares[index]!) / total);
      const details = await fc.check(property, { seed: SEED + index, numRuns, includeErrorInReport: true });
      if (details.failed) failures.push(`${operation.path}\n${fc.defaultReportMessage(details) ?? ''}`);
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
  }, 180_000);
});
