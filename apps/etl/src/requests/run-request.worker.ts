import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { RUN_REQUEST_CHANNEL, RunRequest, RunRequestQueue } from '@koers/loading';
import { DATABASE_URL, PG_POOL } from '@koers/db/nest';
import { ETL_JOBS, type EtlJobs, jobOf } from '../sources/etl-jobs';

/** How often the queue is looked at even without a notification (one may be missed during a reconnect). */
export const RUN_REQUEST_POLL_MS = 15_000;

/**
 * Carries out the runs asked for through the API, one at a time, with the scheduler's jobs. It listens on a
 * PostgreSQL channel so a request starts at once, and polls as a fallback. Works regardless of ETL_SCHEDULE:
 * the kill-switch stops what runs by itself, not what a person asks for.
 */
@Injectable()
export class RunRequestWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RunRequests');
  private readonly queue: RunRequestQueue;
  private listener: Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @Inject(PG_POOL) pool: Pool,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(ETL_JOBS) private readonly jobs: EtlJobs,
  ) {
    this.queue = new RunRequestQueue(pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new Client({ connectionString: this.databaseUrl, application_name: 'koers-etl-requests' });
    await this.listener.connect();
    this.listener.on('notification', () => void this.drain());
    await this.listener.query(`LISTEN ${RUN_REQUEST_CHANNEL}`);
    this.timer = setInterval(() => void this.drain(), RUN_REQUEST_POLL_MS);
    await this.drain();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.listener?.end();
  }

  /** Runs queued requests until none is left; a second call while draining waits for the first. */
  drain(): Promise<void> {
    this.draining ??= this.drainQueue().finally(() => (this.draining = undefined));
    return this.draining;
  }

  private async drainQueue(): Promise<void> {
    for (let request = await this.queue.claimNext(); request && !this.stopped; request = await this.queue.claimNext()) {
      await this.carryOut(request);
    }
  }

  private async carryOut(request: RunRequest): Promise<void> {
    const found = jobOf(this.jobs, request.source);
    if (!found) {
      const known = Object.keys(this.jobs).join(', ');
      return this.queue.fail(request.id, `Unknown source "${request.source}"; the sources are: ${known}.`);
    }
    try {
      const ownRunIds: string[] = [];
      const onRun = (runId: string) => void ownRunIds.push(runId);
      const results = await found.job.run({ trigger: 'api', tableId: request.tableId ?? undefined, options: request.options, onRun });
      await this.queue.complete(request.id, results, ownRunIds);
      this.logger.log(
        `Request #${request.id} (${request.source}${request.tableId ? ` ${request.tableId}` : ''}, by ${request.requestedBy}): ${results.length + ownRunIds.length} run(s).`,
      );
    } catch (error) {
      await this.queue.fail(request.id, error instanceof Error ? error.message : String(error));
    }
  }
}
