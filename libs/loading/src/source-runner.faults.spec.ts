import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { lockSource } from './advisory-lock';
import { SourceAdapter, TableJob } from './source-adapter';
import { SourceRunner } from './source-runner';
import { ObservationInput, TableSink } from './table-load.types';

// The runner when the database fails under a load: the COPY refused midway, the loader's connection ended, a run
// left running by a killed process. Each must end as a recorded run, never as a crashed or hanging process.

const row = (regionCode: string): ObservationInput => ({
  sourceKey: 'K',
  dimensions: {},
  regionCode,
  periodCode: '2024JJ00',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  value: 1,
  missingReason: null,
  status: 'definitive',
});

/** A table of two batches with `between` run after the first one was staged. */
function twoBatches(first: ObservationInput[], between: () => Promise<void>): TableJob {
  return {
    tableId: 'T1',
    async load(sink: TableSink) {
      await sink.table({
        provider: 'cbs-v3',
        tableId: 'T1',
        title: 'Test',
        publishedAt: new Date('2026-01-01T00:00:00Z'),
        publicationVersion: 'v1',
        status: 'active',
        successorTableId: null,
        frequency: null,
        evidence: 'cbs',
        file: null,
      });
      await sink.regions([{ code: 'GM0106', name: 'Assen', level: 'gemeente', parentCode: null, boundaryYear: null }]);
      await sink.measures([{ sourceKey: 'K', dimensions: {}, name: 'cbs:T1:K', title: 'K', unit: null, decimals: null }]);
      await sink.observations(first);
      await between();
      await sink.observations([row('GM0106')]);
    },
  };
}

const adapterOf = (job: TableJob): SourceAdapter => ({ id: 'test-source', attribution: 'test', cron: undefined, plan: async () => [job] });

describe('SourceRunner under database faults', () => {
  let database: TestDatabase;
  let pool: Pool;
  let runner: SourceRunner;

  /** The loader's backend, once it is in its COPY (straight into observation here: a first load) or its transaction was aborted by an error. */
  async function loaderIn(state: 'active' | 'idle in transaction (aborted)'): Promise<number> {
    for (;;) {
      const { rows } = await pool.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = $1 AND query LIKE 'COPY %observation%'`,
        [state],
      );
      if (rows[0]) return rows[0].pid;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const observations = async () => Number((await pool.query(`SELECT count(*) FROM observation`)).rows[0].count);

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    runner = new SourceRunner(pool, database.url);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('should record the failure instead of crashing or hanging when the server refuses the COPY midway', async () => {
    // A region code longer than the column: the server refuses the COPY while the adapter still reads.
    const job = twoBatches([row('GM0106'), row('X'.repeat(20))], async () => {
      await loaderIn('idle in transaction (aborted)');
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const [result] = await runner.run(adapterOf(job), { trigger: 'cli' });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'DATABASE_ERROR', rowsInserted: 0 });
    expect(result!.errorMessage).toContain('SQLSTATE 22001: value too long for type character varying(16)');
    expect(await observations()).toBe(0);
  });

  it('should record the lost connection instead of crashing when the server ends the loader’s session mid-load', async () => {
    const job = twoBatches([row('GM0106')], async () => {
      await pool.query('SELECT pg_terminate_backend($1)', [await loaderIn('active')]);
    });
    const [result] = await runner.run(adapterOf(job), { trigger: 'cli' });
    expect(result).toMatchObject({ status: 'failed', errorCode: 'DATABASE_CONNECTION_LOST', rowsInserted: 0 });
    expect(result!.errorMessage).toMatch(/^De verbinding met de database viel weg tijdens het laden\. /);
    expect(await observations()).toBe(0);
  });

  it('should mark a run left running as abandoned when its source’s lock is free, and leave a live run alone', async () => {
    const insert = async (source: string) =>
      (
        await pool.query<{ id: string }>(
          `INSERT INTO etl_run (source, table_id, trigger, dry_run) VALUES ($1, 'T1', 'cli', false) RETURNING id`,
          [source],
        )
      ).rows[0]!.id;
    const killed = await insert('test-source');
    const live = await insert('live-source');
    const lock = await lockSource(database.url, 'live-source');
    try {
      expect(await runner.settleAbandonedRuns()).toBe(1);
    } finally {
      await lock!.release();
    }
    const { rows } = await pool.query(`SELECT id, status, error_code FROM etl_run WHERE id = ANY($1::bigint[]) ORDER BY id`, [
      [killed, live],
    ]);
    expect(rows).toEqual([
      { id: killed, status: 'failed', error_code: 'ABANDONED' },
      { id: live, status: 'running', error_code: null },
    ]);
  });
});
