import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { SourceRunner } from '@koers/loading';
import { SourceAdapter } from '@koers/loading';
import { SOURCE_ADAPTERS } from '../sources/source-adapters';

/**
 * One cron job per registered source, beside the source's own cron expression. ETL_SCHEDULE=off is the
 * kill-switch: the process stays up (and the CLI works) but nothing runs by itself.
 */
@Injectable()
export class SourceScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Schedule');

  constructor(
    @Inject(SOURCE_ADAPTERS) private readonly adapters: SourceAdapter[],
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly registry: SchedulerRegistry,
    private readonly runner: SourceRunner,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.etl.scheduleEnabled) {
      this.logger.warn('ETL_SCHEDULE=off: no source runs on a schedule.');
      return;
    }
    for (const adapter of this.adapters) {
      if (adapter.cron === undefined) continue;
      const job = CronJob.from({
        cronTime: adapter.cron,
        timeZone: this.config.etl.timeZone,
        onTick: () => this.runScheduled(adapter),
        start: true,
      });
      this.registry.addCronJob(`source:${adapter.id}`, job);
      this.logger.log(`Source "${adapter.id}" scheduled at "${adapter.cron}" (${this.config.etl.timeZone}); next run ${job.nextDate().toISO()}.`);
    }
  }

  /** Scheduled runs never throw into the scheduler: the run rows hold the failures. */
  private async runScheduled(adapter: SourceAdapter): Promise<void> {
    try {
      const results = await this.runner.run(adapter, { trigger: 'schedule' });
      for (const result of results) {
        const counts = `${result.rowsInserted} inserted, ${result.rowsUnchanged} unchanged, ${result.rowsRejected} rejected`;
        this.logger.log(`${adapter.id}${result.tableId ? ` ${result.tableId}` : ''}: ${result.status} (${counts})${result.errorMessage ? `: ${result.errorMessage}` : ''}`);
      }
    } catch (error) {
      this.logger.error(`Scheduled run of "${adapter.id}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
