import { SchedulerRegistry } from '@nestjs/schedule';
import { loadConfig } from '@koers/config';
import type { SourceRunner } from '@koers/loading';
import type { SourceAdapter } from '@koers/loading';
import { SourceScheduleService } from './source-schedule.service';

describe('SourceScheduleService', () => {
  const adapters: SourceAdapter[] = [
    { id: 'cbs', attribution: 'CBS', cron: '0 2 * * *', plan: async () => [] },
    { id: 'manual-only', attribution: 'test', cron: undefined, plan: async () => [] },
  ];
  // The runner is not reached: these tests are about what gets scheduled, not about runs.
  const runner = {} as SourceRunner;
  let registry: SchedulerRegistry;

  beforeEach(() => (registry = new SchedulerRegistry()));
  afterEach(() => registry.getCronJobs().forEach((job) => job.stop()));

  it('should schedule one job per source with a cron, at 02:00 in Amsterdam by default', () => {
    new SourceScheduleService(adapters, loadConfig({}), registry, runner).onApplicationBootstrap();
    const jobs = registry.getCronJobs();
    expect([...jobs.keys()]).toEqual(['source:cbs']);
    const next = jobs.get('source:cbs')!.nextDate().setZone('Europe/Amsterdam');
    expect([next.hour, next.minute]).toEqual([2, 0]);
  });

  it('should schedule nothing when ETL_SCHEDULE=off', () => {
    new SourceScheduleService(adapters, loadConfig({ ETL_SCHEDULE: 'off' }), registry, runner).onApplicationBootstrap();
    expect(registry.getCronJobs().size).toBe(0);
  });
});
