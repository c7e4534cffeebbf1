import type { FakeFault } from '../sources/cbs/test-support/fake/fake-cbs-faults';
import { beforeFault, expectKept, expectRevisionLoaded } from './test-support/fault-outcome';
import { ReliabilityHarness, V3_TABLE, V4_TABLE } from './test-support/reliability-harness';

// Faults of the source itself under real runs: CBS answers, but not what the registry expects. None of these is
// retried within the run (the same request would get the same answer); each leaves the table as it was.

const V3_SECOND_PAGE = /TypedDataSet.*WK010604/;
/** The second page of the first Observations request of 03759ned (pages of 40; the first page was staged). */
const V4_SECOND_PAGE = /03759ned\/Observations.*skip=40/i;

describe('the ETL under source changes', () => {
  let h: ReliabilityHarness;

  const inject = (fault: FakeFault) => {
    h.fake.clearRequests();
    h.fake.injectFault(fault);
  };

  beforeAll(async () => {
    h = await ReliabilityHarness.start();
    expect(await h.run(V3_TABLE)).toMatchObject({ status: 'succeeded' });
    expect(await h.run(V4_TABLE)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(() => h.close());

  it('should keep every figure and fail in Dutch when a next link points back at its own page', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    inject({ kind: 'next-link-loop', match: V4_SECOND_PAGE, times: Infinity });
    const result = await h.run(V4_TABLE);
    const causeNl = 'CBS verwees met de link naar de volgende pagina terug naar een pagina die al gelezen was';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'schema-mismatch',
      causeNl,
      technical: 'field "@odata.nextLink" loops or exceeds the page limit',
    });
    // Read once, found looping at the second request of the same page: no endless paging.
    expect(h.fake.requests.filter((request) => request.fault === 'next-link-loop')).toHaveLength(1);
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when one page carries a topic under a new key the metadata does not name', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    inject({ kind: 'renamed-key', match: V3_SECOND_PAGE, from: 'AantalInwoners_5', to: 'AantalInwonersTotaal_5', times: Infinity });
    const result = await h.run(V3_TABLE);
    const causeNl = 'Het antwoord van CBS heeft niet de vorm die Koers verwacht: de bron is veranderd (veld "value[0].AantalInwoners_5")';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'schema-mismatch',
      causeNl,
      technical: 'is missing from the row (renamed or dropped key?)',
    });
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when a registered key disappeared from the table', async () => {
    const modified = h.revise(V4_TABLE);
    const restore = h.restorable(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    h.fake.renameKey(V4_TABLE, 'M000352', 'M000352A');
    const result = await h.run(V4_TABLE);
    const causeNl = 'Een geregistreerde sleutel of code bestaat niet meer in de tabel bij CBS (veld "M000352")';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'unknown-key',
      causeNl,
      technical: 'no longer has measure key "M000352"',
    });
    restore();
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when a dimension code of a registered measure disappeared', async () => {
    const modified = h.revise(V4_TABLE);
    const restore = h.restorable(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    h.fake.renameKey(V4_TABLE, 'T001038', 'T001038X');
    const result = await h.run(V4_TABLE);
    const causeNl = 'Een geregistreerde sleutel of code bestaat niet meer in de tabel bij CBS (veld "Geslacht")';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'unknown-key',
      causeNl,
      technical: 'no longer has code "T001038" in dimension Geslacht',
    });
    restore();
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when CBS publishes a measure in another unit', async () => {
    const modified = h.revise(V4_TABLE);
    const restore = h.restorable(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    h.fake.changeUnit(V4_TABLE, 'M000352', 'x 1 000');
    const result = await h.run(V4_TABLE);
    const causeNl =
      'De eenheid van een onderwerp is bij CBS veranderd, zodat nieuwe cijfers niet met de oude te vergelijken zijn (veld "M000352")';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'unit-changed',
      causeNl,
      technical: 'changed from "aantal" to "x 1 000"',
    });
    restore();
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure, still call the table active, and fail in Dutch when CBS discontinued it', async () => {
    const modified = h.revise(V3_TABLE);
    const restore = h.restorable(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    h.fake.discontinue(V3_TABLE);
    const result = await h.run(V3_TABLE);
    const causeNl = 'CBS heeft de tabel stopgezet en er is geen opvolger geregistreerd';
    await expectKept(h, before, result, { status: 'failed', code: 'discontinued', causeNl, technical: 'OutputStatus=Gediscontinueerd' });
    restore();
    await expectRevisionLoaded(h, before, modified);
  });
});
