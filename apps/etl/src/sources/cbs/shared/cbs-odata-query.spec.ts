import type { CbsTransport } from './cbs-http.client';
import { followNextLinks } from './cbs-odata-query';

const CTX = { tableId: 'T1', endpoint: 'TypedDataSet' };

/** Pages 1 → 2 → 3 (v3 links), each answered when the test says so: which were asked for, and when. */
function pagedTransport(links: Record<string, string | null>) {
  const asked: string[] = [];
  const transport: CbsTransport = {
    getJson: async (url) => {
      asked.push(url);
      const next = links[url];
      if (next === undefined) throw new Error(`no page ${url}`);
      return { value: [{ page: url }], ...(next === null ? {} : { 'odata.nextLink': next }) };
    },
  };
  return { transport, asked };
}

describe('followNextLinks', () => {
  it('should ask for the next page while the caller still has the current one, and yield every page in order', async () => {
    const { transport, asked } = pagedTransport({
      'https://cbs/p1': 'https://cbs/p2',
      'https://cbs/p2': 'https://cbs/p3',
      'https://cbs/p3': null,
    });
    const seen: string[] = [];
    for await (const { url } of followNextLinks(transport, 'https://cbs/p1', CTX, 'v3')) {
      // Before the caller is done with this page, the next one is already on its way.
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(`${url} (asked ${asked.length})`);
    }
    expect(seen).toEqual(['https://cbs/p1 (asked 2)', 'https://cbs/p2 (asked 3)', 'https://cbs/p3 (asked 3)']);
  });

  it('should fail as a schema error, not loop, when a next link points back to a page it had', async () => {
    const { transport } = pagedTransport({ 'https://cbs/p1': 'https://cbs/p2', 'https://cbs/p2': 'https://cbs/p1' });
    const pages = async () => {
      for await (const _page of followNextLinks(transport, 'https://cbs/p1', CTX, 'v3')) void _page;
    };
    await expect(pages()).rejects.toMatchObject({ kind: 'schema', message: expect.stringContaining('loops or exceeds the page limit') });
  });

  it('should not leave an unhandled failure behind when the caller stops before the page asked ahead arrives', async () => {
    const { transport } = pagedTransport({ 'https://cbs/p1': 'https://cbs/missing' });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      for await (const _page of followNextLinks(transport, 'https://cbs/p1', CTX, 'v3')) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
