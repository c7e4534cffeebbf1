import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { ETL_JOBS, type EtlJob, type EtlJobs } from '../sources/etl-jobs';

/**
 * One cron job per registered job of the ETL, at the job's own cron expression. ETL_SCHEDULE=off is the
 * kill-switch: the process stays up (and the CLI works) but nothing runs by itself.
 */
@Injectable()
export class SourceScheduleService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Schedule');

  constructor(
    @Inject(ETL_JOBS) private readonly jobs: EtlJobs,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly registry: SchedulerRegistry,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.etl.scheduleEnabled) {
      this.logger.warn('ETL_SCHEDULE=off: no source runs on a schedule.');
      return;
    }
    for (const [id, job] of Object.entries(this.jobs)) {
      if (job.cron === undefined) continue;
      const cron = CronJob.from({
        cronTime: job.cron,
        timeZone: this.config.etl.timeZone,
        onTick: () => this.runScheduled(id, job),
        start: true,
      });
      this.registry.addCronJob(`source:${id}`, cron);
      this.logger.log(`Source "${id}" scheduled at "${job.cron}" (${this.config.etl.timeZone}); next run ${cron.nextDate().toISO()}.`);
    }
  }

  /** Scheduled runs never throw into the scheduler: the run rows hold the failures. */
  private async runScheduled(id: string, job: EtlJob): Promise<void> {
    try {
      const results = await job.run({ trigger: 'schedule' });
      for (const result of results) {
        const counts = `${result.rowsInserted} inserted, ${result.rowsUnchanged} unchanged, ${result.rowsRejected} rejected`;
        this.logger.log(
          `${id}${result.tableId ? ` ${result.tableId}` : ''}: ${result.status} (${counts})${result.errorMessage ? `: ${result.errorMessage}` : ''}`,
        );
      }
    } catch (error) {
      this.logger.error(`Scheduled run of "${id}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
