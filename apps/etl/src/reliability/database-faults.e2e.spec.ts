import { Pool } from 'pg';
import { SourceRunner } from '@koers/loading';
import { backendsOf, terminateBackend, until, untilMergesWaiting } from './test-support/backends';
import { beforeFault, expectKept, expectRevisionLoaded } from './test-support/fault-outcome';
import { ReliabilityHarness, V3_TABLE, V4_TABLE } from './test-support/reliability-harness';
import { simulateDiskFullOnStaging } from './test-support/staging-disk-full';

// Faults of the database under real runs: the loader's connection ended between staging and commit, a full disk
// under the staging COPY, a temporary-space limit in the merge, the lock's connection ended, idle connections ended.

describe('the ETL under database faults', () => {
  let h: ReliabilityHarness;

  /** A runner over sessions with these PostgreSQL settings (`-c name=value …`), as a differently tuned server. */
  async function runWithSettings(tableId: string, options: string) {
    const pool = new Pool({ connectionString: h.database.url, options, max: 2 });
    try {
      const [result] = await new SourceRunner(pool, h.database.url).run(h.adapter, { trigger: 'schedule', options: { tables: tableId } });
      return result!;
    } finally {
      await pool.end();
    }
  }

  beforeAll(async () => {
    h = await ReliabilityHarness.start();
    expect(await h.run(V3_TABLE)).toMatchObject({ status: 'succeeded' });
    expect(await h.run(V4_TABLE)).toMatchObject({ status: 'succeeded' });
  });
  afterAll(() => h.close());

  it('should keep every figure and fail in Dutch when the database ends the loader’s connection between staging and commit', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    const gate = await h.shutMerges();
    const running = h.run(V3_TABLE);
    const [loader] = await untilMergesWaiting(h.pool, 1, running);
    expect(await terminateBackend(h.pool, loader!)).toBe(true);
    await gate.open();
    const result = await running;
    const technical = 'SQLSTATE 57P01: terminating connection due to administrator command';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'DATABASE_CONNECTION_LOST',
      causeNl: 'De verbinding met de database viel weg tijdens het laden',
      technical,
    });
    await expectRevisionLoaded(h, before, modified);
  });

  it('should keep every figure and fail in Dutch when the disk fills up under the staging COPY', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    const undo = await simulateDiskFullOnStaging(h.pool, 1_000);
    const result = await h.run(V3_TABLE).finally(undo);
    const technical = 'SQLSTATE 53100: could not extend file "base/16384/t3_1000": No space left on device';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'DATABASE_DISK_FULL',
      causeNl: 'De schijf van de database is vol',
      technical,
    });
    await expectRevisionLoaded(h, before, modified);
  });

  it('should stage a whole table with temp_file_limit 0, because temporary tables do not count against it', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    // 800 kB of temporary buffers: the staged table (about 1.5 MB) is written to its own files, which the limit does not see.
    await expectRevisionLoaded(h, before, modified, () => runWithSettings(V3_TABLE, '-c temp_buffers=800kB -c temp_file_limit=0'));
  });

  it('should keep every figure and fail in Dutch when the merge needs more temporary space than temp_file_limit allows', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    // 64 kB of work memory: the merge's sorts spill to temporary files, which may hold 64 kB.
    const result = await runWithSettings(V3_TABLE, '-c work_mem=64kB -c temp_file_limit=64kB');
    const causeNl = 'De database had te weinig ruimte of middelen (geheugen, verbindingen of een ingestelde limiet)';
    await expectKept(h, before, result, {
      status: 'failed',
      code: 'DATABASE_RESOURCES',
      causeNl,
      technical: 'SQLSTATE 53400: temporary file size exceeds "temp_file_limit" (64kB)',
    });
    await expectRevisionLoaded(h, before, modified);
  });

  it('should finish the table and stay up when the connection holding the source’s lock ends mid-run', async () => {
    const modified = h.revise(V3_TABLE);
    const before = await beforeFault(h, V3_TABLE);
    const gate = await h.shutMerges();
    const running = h.run(V3_TABLE);
    await untilMergesWaiting(h.pool, 1, running);
    const [lock] = await backendsOf(h.pool, 'koers-etl-lock:cbs');
    expect(await terminateBackend(h.pool, lock!)).toBe(true);
    await gate.open();
    // The table's own transaction never depended on the lock's connection: it commits, and the run ends normally.
    await expectRevisionLoaded(h, before, modified, () => running);
    expect(await backendsOf(h.pool, 'koers-etl-lock:cbs')).toEqual([]);
  });

  it('should open new connections and load when the database ends the ETL pool’s idle connections', async () => {
    const modified = h.revise(V4_TABLE);
    const before = await beforeFault(h, V4_TABLE);
    const idle = await backendsOf(h.pool, 'koers-etl', 'idle');
    expect(idle.length).toBeGreaterThan(0);
    h.poolWarnings.length = 0;
    for (const pid of idle) await terminateBackend(h.pool, pid);
    await until(async () => (h.poolWarnings.length >= idle.length ? true : undefined), 'the pool to notice');
    expect(h.poolWarnings[0]).toContain('An idle database connection ended');
    await expectRevisionLoaded(h, before, modified);
  });
});
