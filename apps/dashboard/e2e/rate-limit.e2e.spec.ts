import { Koers, startKoers } from './test-support/koers-process';

// The API's rate limit seen through the dashboard, on a product started with a small limit. Whatever
// X-Forwarded-For a visitor sends to the dashboard, the API counts the visitor by the address the dashboard's
// socket saw: here the test itself, 127.0.0.1. The API does believe that header from the dashboard (loopback) —
// which is why the dashboard must never pass on one a visitor chose. The limit counts per endpoint and client, in
// each API process: the product runs here with one (API_WORKERS=1), so every request meets the same count.

const LIMIT = 8;

describe('the rate limit through the dashboard', () => {
  let koers: Koers;

  beforeAll(async () => {
    koers = await startKoers({ env: { API_RATE_LIMIT: String(LIMIT), API_RATE_WINDOW_SECONDS: '30', API_WORKERS: '1' } });
  }, 900_000);
  afterAll(async () => koers?.stop(), 60_000);

  /** Statuses of requests sent one after another, each with its own forged X-Forwarded-For. */
  async function statusesWithForgedAddresses(url: string, count: number, prefix: string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 1; i <= count; i++) {
      const response = await fetch(url, { headers: { 'x-forwarded-for': `${prefix}.${i}` } });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    return statuses;
  }

  it('should count every forged X-Forwarded-For against the real client when requests go through /api/*', async () => {
    const statuses = await statusesWithForgedAddresses(`${koers.dashboard}/api/v1/sources`, LIMIT + 1, '203.0.113');
    expect(statuses).toContain(429);
    // Yet another forged address is still the same client, so still refused.
    const another = await fetch(`${koers.dashboard}/api/v1/sources`, { headers: { 'x-forwarded-for': '198.51.100.200' } });
    expect(another.status).toBe(429);
    // Asked directly from loopback, the API believes the header: a visitor of its own, not limited. That is the
    // bucket a forged header reached through the dashboard before it settled the address itself.
    const direct = await fetch(`${koers.api}/sources`, { headers: { 'x-forwarded-for': '198.51.100.201' } });
    expect(direct.status).toBe(200);
  });

  it("should count a page's API calls against the real client whatever X-Forwarded-For the visitor sends", async () => {
    // /beheer asks GET /uploads/files once per render; each render here claims another visitor.
    const statuses = await statusesWithForgedAddresses(`${koers.dashboard}/beheer`, LIMIT + 1, '192.0.2');
    expect(statuses.every((status) => status === 200)).toBe(true);
    // The renders used up the real client's budget for /uploads/files: the test's own request (127.0.0.1) is refused.
    const own = await fetch(`${koers.api}/uploads/files`);
    expect(own.status).toBe(429);
  });
});
