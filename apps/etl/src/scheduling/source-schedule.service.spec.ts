import { SchedulerRegistry } from '@nestjs/schedule';
import { loadConfig } from '@koers/config';
import type { EtlJobs } from '../sources/etl-jobs';
import { SourceScheduleService } from './source-schedule.service';

describe('SourceScheduleService', () => {
  // The jobs do not run: these tests are about what gets scheduled, not about runs.
  const jobs: EtlJobs = {
    cbs: { cron: '0 2 * * *', run: async () => [] },
    files: { cron: undefined, run: async () => [] },
    inbox: { cron: undefined, run: async () => [] },
  };
  let registry: SchedulerRegistry;

  beforeEach(() => (registry = new SchedulerRegistry()));
  afterEach(() => registry.getCronJobs().forEach((job) => job.stop()));

  it('should schedule one job per source with a cron, at 02:00 in Amsterdam by default', () => {
    new SourceScheduleService(jobs, loadConfig({}), registry).onApplicationBootstrap();
    const scheduled = registry.getCronJobs();
    expect([...scheduled.keys()]).toEqual(['source:cbs']);
    const next = scheduled.get('source:cbs')!.nextDate().setZone('Europe/Amsterdam');
    expect([next.hour, next.minute]).toEqual([2, 0]);
  });

  it('should schedule nothing when ETL_SCHEDULE=off', () => {
    new SourceScheduleService(jobs, loadConfig({ ETL_SCHEDULE: 'off' }), registry).onApplicationBootstrap();
    expect(registry.getCronJobs().size).toBe(0);
  });
});
