import type { FakeFault } from '../sources/cbs/test-support/fake/fake-cbs-faults';
import { beforeFault, expectKept, expectRevisionLoaded } from './test-support/fault-outcome';
import { ReliabilityHarness, V3_TABLE, V4_TABLE } from './test-support/reliability-harness';

// Faults of the transport under real runs: CBS answers 500, 503 or 429, too slowly, not at all, or half a page.
// Each fault hits a data page after the table's first page was staged, so a run that got it wrong would show.

/** The second TypedDataSet chunk of 84799NED (the first was staged already), and the v4 Observations pages. */
const V3_SECOND_PAGE = /TypedDataSet.*WK010604/;
const V4_PAGES = /03759ned\/Observations/i;

describe('the ETL under transport faults', () => {
  let h: ReliabilityHarness;

  const faulted = () => h.fake.requests.filter((request) => request.fault !== null).length;
  const inject = (fault: FakeFault) => {
    h.fake.clearRequests();
    h.waits.length = 0;
    h.fake.injectFault(fault);
  };

  beforeAll(async () => {
    h = await ReliabilityHarness.start();
    expect(await h.run(V3_TABLE)).toMatchObject({ status: 'succeeded' });
    expect(await h.run(V4_TABLE)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(() => h.close());

  it('should keep every figure and fail in Dutch when CBS answers 500 on every attempt at a data page', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    inject({ kind: 'http-500', match: V3_SECOND_PAGE, times: Infinity });
    const result = await h.run(V3_TABLE);
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'server-error',
      causeNl: 'CBS gaf een serverfout (HTTP 500), ook na 3 pogingen',
      technical: 'HTTP 500: ',
    });
    expect([faulted(), h.waits.length]).toEqual([3, 2]);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should load the revision in the same run when CBS answers 500 once', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    await expectRevisionLoaded(h, before, modified, () => {
      inject({ kind: 'http-500', match: V3_SECOND_PAGE, times: 1 });
      return h.run(V3_TABLE);
    });
    expect([faulted(), h.waits.length]).toEqual([1, 1]);
  });

  it('should keep every figure and fail in Dutch when CBS answers 503 on every attempt at the v4 observations', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    inject({ kind: 'http-status', status: 503, match: V4_PAGES, times: Infinity });
    const result = await h.run(V4_TABLE);
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'server-error',
      causeNl: 'CBS gaf een serverfout (HTTP 503), ook na 3 pogingen',
      technical: 'HTTP 503: ',
    });
    expect(faulted()).toBe(3);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should wait as long as Retry-After asks and load in the same run when CBS answers 429 once', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    await expectRevisionLoaded(h, before, modified, () => {
      inject({ kind: 'http-429', retryAfter: '7', match: V4_PAGES, times: 1 });
      return h.run(V4_TABLE);
    });
    expect(h.waits).toEqual([7_000]);
  });

  it('should keep every figure and fail in Dutch when CBS answers 429 with Retry-After on every attempt', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    inject({ kind: 'http-429', retryAfter: '7', match: V4_PAGES, times: Infinity });
    const result = await h.run(V4_TABLE);
    const causeNl = 'CBS weigerde tijdelijk verzoeken omdat er te veel kwamen (HTTP 429); CBS vroeg 7 s te wachten, ook na 3 pogingen';
    await expectKept(h, before, result, { status: 'failed', code: 'rate-limited', causeNl, technical: 'HTTP 429: ' });
    expect(h.waits).toEqual([7_000, 7_000]);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should fail at once without waiting when CBS asks with Retry-After for a wait longer than the client allows', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    inject({ kind: 'http-429', retryAfter: '3600', match: V4_PAGES, times: Infinity });
    const result = await h.run(V4_TABLE);
    const causeNl = 'CBS weigerde tijdelijk verzoeken omdat er te veel kwamen (HTTP 429); CBS vroeg 3600 s te wachten';
    await expectKept(h, before, result, { status: 'failed', code: 'rate-limited', causeNl, technical: '(after 1 attempt)' });
    expect([faulted(), h.waits.length]).toEqual([1, 0]);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when a data page times out on every attempt', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    // The page would come after 30 s; the client gives up after 2 s, twice.
    const impatient = h.adapterWith({ timeoutMs: 2_000, maxRetries: 1 });
    inject({ kind: 'slow', delayMs: 30_000, match: V3_SECOND_PAGE, times: Infinity });
    const result = await h.run(V3_TABLE, impatient);
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'timeout',
      causeNl: 'CBS antwoordde niet op tijd (time-out), ook na 2 pogingen',
      technical: 'timeout of 2000ms exceeded',
    });
    await expectRevisionLoaded(h, before, modified, () => h.run(V3_TABLE, impatient));
  });

  it('should keep every figure and fail in Dutch when CBS resets the connection on every attempt', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    inject({ kind: 'connection-reset', match: V3_SECOND_PAGE, times: Infinity });
    const result = await h.run(V3_TABLE);
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'connection-reset',
      causeNl: 'De verbinding met CBS werd halverwege verbroken, ook na 3 pogingen',
      technical: 'ECONNRESET',
    });
    expect(faulted()).toBe(3);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when every answer to a data page stops halfway through its JSON', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    inject({ kind: 'truncated-json', match: V3_SECOND_PAGE, times: Infinity });
    const result = await h.run(V3_TABLE);
    const causeNl = 'Het antwoord van CBS kwam onvolledig binnen (de JSON hield halverwege op), ook na 3 pogingen';
    await expectKept(h, before, result, { status: 'failed', code: 'truncated-body', causeNl, technical: 'truncated JSON body' });
    expect(faulted()).toBe(3);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should load the revision in the same run when one answer to a data page stops halfway through its JSON', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    await expectRevisionLoaded(h, before, modified, () => {
      inject({ kind: 'truncated-json', match: V3_SECOND_PAGE, times: 1 });
      return h.run(V3_TABLE);
    });
    expect(faulted()).toBe(1);
  });
});
