import { Pool } from 'pg';
import { TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import { RunRequestQueue, SourceAdapter, SourceRunner, TableSink } from '@koers/loading';
import { type EtlJob, adapterJob } from '../sources/etl-jobs';
import { RunRequestWorker } from './run-request.worker';

describe('RunRequestWorker', () => {
  let database: TestDatabase;
  let pool: Pool;
  let worker: RunRequestWorker;
  let queue: RunRequestQueue;
  const loadedTables: (string | null)[] = [];

  // A source whose one table records that it ran: the worker and the queue are what is tested.
  const adapter: SourceAdapter = {
    id: 'cbs',
    attribution: 'test',
    cron: undefined,
    plan: async (request) => [
      {
        tableId: request.tableId ?? 'all',
        load: async (sink: TableSink) => {
          loadedTables.push(request.tableId ?? null);
          await sink.table({
            provider: 'cbs-v3',
            tableId: request.tableId ?? 'all',
            title: 't',
            publishedAt: new Date('2026-01-01T00:00:00Z'),
            publicationVersion: 'v1',
            status: 'active',
            successorTableId: null,
            frequency: null,
            evidence: 'cbs',
            file: null,
          });
        },
      },
    ],
  };

  // A job that records a run of its own instead of handing the runner tables, as the inbox scan does per file.
  const recording: EtlJob = {
    cron: undefined,
    run: async (request) => {
      const own = await pool.query<{ id: string }>(
        `INSERT INTO etl_run (source, table_id, trigger, status) VALUES ('municipal-file', 'vacancy', 'api', 'succeeded') RETURNING id`,
      );
      request.onRun?.(own.rows[0]!.id);
      return [];
    },
  };

  const waitForStatus = async (id: string, status: string) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const request = await queue.get(id);
      if (request?.status === status || Date.now() > deadline) return request;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    pool = new Pool({ connectionString: database.url });
    queue = new RunRequestQueue(pool);
    const runner = new SourceRunner(pool, database.url);
    const idle: EtlJob = { cron: undefined, run: async () => [] };
    worker = new RunRequestWorker(pool, database.url, { cbs: adapterJob(adapter, runner), inbox: recording, files: idle });
    await worker.onApplicationBootstrap();
  });
  afterAll(async () => {
    await worker.onModuleDestroy();
    await pool.end();
    await database.drop();
  });

  it('should run a queued request as soon as it is notified and record the runs it produced', async () => {
    const queued = await queue.enqueue({ source: 'cbs', tableId: 'T9', options: {}, requestedBy: 'api-key:abc123' });
    expect(queued.status).toBe('queued');
    const done = await waitForStatus(queued.id, 'done');
    expect(done).toMatchObject({ status: 'done', errorMessage: null });
    expect(done!.runIds).toHaveLength(1);
    const run = (await pool.query(`SELECT source, table_id, trigger, status FROM etl_run WHERE id = $1`, [done!.runIds[0]])).rows[0];
    expect(run).toEqual({ source: 'cbs', table_id: 'T9', trigger: 'api', status: 'succeeded' });
    expect(loadedTables).toEqual(['T9']);
  });

  it('should link the runs a job records itself (as the inbox scan does per file) to the request', async () => {
    const queued = await queue.enqueue({ source: 'inbox', tableId: null, options: {}, requestedBy: 'api-key:abc123' });
    const done = await waitForStatus(queued.id, 'done');
    expect(done).toMatchObject({ status: 'done', errorMessage: null });
    const linked = await pool.query(`SELECT source, table_id FROM etl_run WHERE id = ANY($1::bigint[])`, [done!.runIds]);
    expect(linked.rows).toEqual([{ source: 'municipal-file', table_id: 'vacancy' }]);
  });

  it('should fail a request for a source that does not exist, naming the sources that do', async () => {
    const queued = await queue.enqueue({ source: 'nonexistent', tableId: null, options: {}, requestedBy: 'api-key:abc123' });
    const failed = await waitForStatus(queued.id, 'failed');
    expect(failed).toMatchObject({
      status: 'failed',
      errorMessage: 'Unknown source "nonexistent"; the sources are: cbs, inbox, files.',
      runIds: [],
    });
  });
});
