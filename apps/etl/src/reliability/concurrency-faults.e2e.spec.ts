import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MunicipalImportService } from '@koers/municipal-files';
import { MUNICIPAL_FIXTURES_DIR, NOW } from '@koers/municipal-files/testing';
import { parseCbsTimestamp } from '../sources/cbs/table-job/cbs-timestamp';
import { untilMergesWaiting } from './test-support/backends';
import { beforeFault, expectKept, expectRevisionLoaded } from './test-support/fault-outcome';
import { freshnessFacts } from './test-support/freshness-facts';
import { historyUpTo, observationState } from './test-support/observation-state';
import { ReliabilityHarness, V3_TABLE, V4_TABLE } from './test-support/reliability-harness';

// Runs that meet: two runs of one source (its advisory lock), and a CBS run while a municipal file is being
// uploaded (another source, another lock: both load, neither harms the other). A shut MergeGate holds each load
// between staging and commit, so "at the same time" is a fact the test checks, not a race it hopes for.

describe('the ETL when runs meet', () => {
  let h: ReliabilityHarness;

  beforeAll(async () => {
    h = await ReliabilityHarness.start();
    expect(await h.run(V3_TABLE)).toMatchObject({ status: 'succeeded' });
    expect(await h.run(V4_TABLE)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(() => h.close());

  it('should skip the second of two runs of one source in Dutch and load it when run again after the first', async () => {
    const modifiedV3 = h.revise(V3_TABLE);
    const modifiedV4 = h.revise(V4_TABLE);
    const beforeFirst = await beforeFault(h, V3_TABLE);
    const gate = await h.shutMerges();
    const first = h.run(V3_TABLE);
    await untilMergesWaiting(h.pool, 1, first);
    const beforeSecond = await beforeFault(h, V4_TABLE);
    const second = await h.run(V4_TABLE);
    const causeNl = 'Een andere run van deze bron was nog bezig; deze run heeft niets gedaan';
    await expectKept(h, beforeSecond, second, {
      status: 'skipped',
      code: 'LOCKED',
      causeNl,
      technical: 'Another run of source "cbs" holds its lock',
    });
    await gate.open();
    await expectRevisionLoaded(h, beforeFirst, modifiedV3, () => first);
    await expectRevisionLoaded(h, await beforeFault(h, V4_TABLE), modifiedV4);
  });

  it('should load both, each in its own transaction, when a CBS run meets a municipal upload', async () => {
    const imports = new MunicipalImportService(h.pool, h.runner, {
      municipality: 'GM0106',
      timeZone: 'Europe/Amsterdam',
      clock: () => NOW,
    });
    const file = 'vacancy-comma.csv';
    const modified = h.revise(V3_TABLE);
    const before = await observationState(h.pool);
    const gate = await h.shutMerges();
    const upload = imports.importMunicipalFile({
      kind: 'vacancy',
      fileName: file,
      bytes: readFileSync(join(MUNICIPAL_FIXTURES_DIR, 'ok', file)),
      uploadedBy: 'test',
      trigger: 'api',
    });
    await untilMergesWaiting(h.pool, 1, upload);
    const run = h.run(V3_TABLE);
    // Both loads are in their merge at once: the upload does not make the CBS run wait or skip.
    await untilMergesWaiting(h.pool, 2, upload, run);
    await gate.open();
    const [uploaded, result] = await Promise.all([upload, run]);
    expect(uploaded).toMatchObject({ outcome: 'loaded', counts: { inserted: 25 } });
    expect(result).toMatchObject({ status: 'succeeded', errorCode: null });
    const after = await observationState(h.pool);
    expect(await historyUpTo(h.pool, before.lastId)).toBe(before.history);
    expect(after.historyRows).toBe(before.historyRows + result.rowsInserted + 25);
    expect(after.currentRows).toBe(before.currentRows + 25);
    expect(await freshnessFacts(h.pool, V3_TABLE)).toEqual({
      status: 'active',
      sourceModified: parseCbsTimestamp(modified).toISOString(),
      lastSuccessfulRunId: result.runId,
    });
    expect(await freshnessFacts(h.pool, 'vacancy')).toMatchObject({ status: 'active', lastSuccessfulRunId: uploaded.runId });
  });
});
