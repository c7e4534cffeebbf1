import { Pool } from 'pg';
import { SourceAdapter, SourceRunRequest, TableJob } from './source-adapter';
import { lockSource } from './advisory-lock';
import { TableSkipped } from './load.error';
import { failureCause, lockedCause, skipCause } from './run-cause';
import { RunLog } from './run-log';
import { LoadCounts } from './table-load.types';
import { TableLoader } from './table-loader';

export interface TableRunResult extends LoadCounts {
  readonly runId: string;
  readonly tableId: string | null;
  readonly status: 'succeeded' | 'failed' | 'skipped';
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
}

/** Told about each table as a run goes, for the CLI's progress display. */
export interface RunObserver {
  tableStarted?(tableId: string | null, index: number, total: number): void;
  tableFinished?(result: TableRunResult, index: number, total: number): void;
}

const NO_COUNTS: LoadCounts = { rowsRead: 0, rowsInserted: 0, rowsUnchanged: 0, rowsRejected: 0, dataChecks: 0 };

/**
 * Runs a source: lock → plan → per table (run row → load in one transaction → finish). A table that fails is
 * rolled back whole and recorded with its error; the other tables of the run still load.
 */
export class SourceRunner {
  constructor(
    private readonly pool: Pool,
    private readonly databaseUrl: string,
  ) {}

  async run(adapter: SourceAdapter, request: SourceRunRequest, observer: RunObserver = {}): Promise<TableRunResult[]> {
    const runLog = new RunLog(this.pool);
    const lock = await lockSource(this.databaseUrl, adapter.id, request.lockWaitMs);
    if (!lock) return [await this.recordLocked(runLog, adapter, request)];
    try {
      await runLog.abandonStale(adapter.id);
      let jobs: TableJob[];
      try {
        jobs = await adapter.plan(request);
      } catch (error) {
        return [await this.recordFailure(runLog, adapter.id, request.tableId ?? null, request, error)];
      }
      const results: TableRunResult[] = [];
      for (const [index, job] of jobs.entries()) {
        observer.tableStarted?.(job.tableId, index, jobs.length);
        const result = await this.runTable(runLog, adapter.id, job, request);
        observer.tableFinished?.(result, index, jobs.length);
        results.push(result);
      }
      return results;
    } finally {
      await lock.release();
    }
  }

  /**
   * Does `work` holding the source's lock, writing no run rows: for work on behalf of a source that is not a table
   * load of its own (the inbox scan, whose files each load as a run of their own). Undefined when another holds it.
   */
  async exclusive<T>(source: string, work: () => Promise<T>): Promise<T | undefined> {
    const lock = await lockSource(this.databaseUrl, source);
    if (!lock) return undefined;
    try {
      return await work();
    } finally {
      await lock.release();
    }
  }

  /** Records a run of `source` that failed before it had a table to load, with its cause in Dutch. */
  recordFailedRun(source: string, request: SourceRunRequest, error: unknown): Promise<TableRunResult> {
    return this.recordFailure(new RunLog(this.pool), source, request.tableId ?? null, request, error);
  }

  /**
   * Marks the runs a killed process left as running (SIGKILL, a crash, a lost machine) as abandoned, for every
   * source whose lock is free: a live run holds its source's lock from before its first run row to after its last.
   * The next run of a source does this too; the ETL process and `status` do it at once, so no run shows as
   * running for a day. Returns how many runs it marked.
   */
  async settleAbandonedRuns(): Promise<number> {
    const runLog = new RunLog(this.pool);
    let settled = 0;
    for (const source of await runLog.sourcesRunning()) {
      const lock = await lockSource(this.databaseUrl, source);
      if (!lock) continue;
      try {
        settled += await runLog.abandonStale(source);
      } finally {
        await lock.release();
      }
    }
    return settled;
  }

  private async runTable(runLog: RunLog, source: string, job: TableJob, request: SourceRunRequest): Promise<TableRunResult> {
    const dryRun = request.dryRun ?? false;
    const runId = await runLog.start({ source, tableId: job.tableId, trigger: request.trigger, dryRun });
    const client = await this.pool.connect();
    // A connection the server ends mid-load (a terminated backend, a failover) fails the running query, which is
    // handled below, and then emits 'error' on the client too: unheard, that would end the process.
    const connectionLost = (): void => undefined;
    client.on('error', connectionLost);
    let loader: TableLoader | undefined;
    let failed = false;
    try {
      loader = await TableLoader.begin(client, runId);
      await job.load(loader);
      const counts = await loader.finish(dryRun);
      await runLog.rejected(runId, loader.rejected);
      await runLog.finish(runId, { ...counts, status: 'succeeded', errorCode: null, errorMessage: null });
      return { runId, tableId: job.tableId, status: 'succeeded', errorCode: null, errorMessage: null, ...counts };
    } catch (error) {
      await loader?.abort();
      if (error instanceof TableSkipped) {
        const { code, message } = skipCause(error);
        await runLog.finish(runId, { ...NO_COUNTS, status: 'skipped', errorCode: code, errorMessage: message });
        return { runId, tableId: job.tableId, status: 'skipped', errorCode: code, errorMessage: message, ...NO_COUNTS };
      }
      failed = true;
      const { code, message } = failureCause(error);
      const rejected = loader?.rejected ?? [];
      await runLog.rejected(runId, rejected);
      const counts = { ...NO_COUNTS, rowsRejected: rejected.length };
      await runLog.finish(runId, { ...counts, status: 'failed', errorCode: code, errorMessage: message });
      return { runId, tableId: job.tableId, status: 'failed', errorCode: code, errorMessage: message, ...counts };
    } finally {
      // A connection that failed mid-load is discarded rather than handed to the next table.
      client.release(failed);
      client.off('error', connectionLost);
    }
  }

  private async recordLocked(runLog: RunLog, adapter: SourceAdapter, request: SourceRunRequest): Promise<TableRunResult> {
    const runId = await runLog.start({
      source: adapter.id,
      tableId: request.tableId ?? null,
      trigger: request.trigger,
      dryRun: request.dryRun ?? false,
    });
    const { code, message } = lockedCause(adapter.id);
    await runLog.finish(runId, { ...NO_COUNTS, status: 'skipped', errorCode: code, errorMessage: message });
    return { runId, tableId: request.tableId ?? null, status: 'skipped', errorCode: code, errorMessage: message, ...NO_COUNTS };
  }

  private async recordFailure(
    runLog: RunLog,
    source: string,
    tableId: string | null,
    request: SourceRunRequest,
    error: unknown,
  ): Promise<TableRunResult> {
    const runId = await runLog.start({ source, tableId, trigger: request.trigger, dryRun: request.dryRun ?? false });
    const { code, message } = failureCause(error);
    await runLog.finish(runId, { ...NO_COUNTS, status: 'failed', errorCode: code, errorMessage: message });
    return { runId, tableId, status: 'failed', errorCode: code, errorMessage: message, ...NO_COUNTS };
  }
}
