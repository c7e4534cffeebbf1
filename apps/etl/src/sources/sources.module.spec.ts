import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@koers/config';
import { RUNNABLE_SOURCE_IDS } from '@koers/loading';
import { EtlModule } from '../etl.module';
import { ETL_JOBS, type EtlJobs } from './etl-jobs';
import { InboxScanJob } from './municipal/inbox-scan.job';

describe('SourcesModule', () => {
  it('should give every source id the API accepts a job, the inbox its scan on its own cron, when the ETL module starts', async () => {
    const config = loadConfig({ KOERS_INBOX: '/tmp/koers-inbox-wiring', ETL_CRON_INBOX: '*/7 * * * *', ETL_CRON_CBS: '15 3 * * *' });
    // No query is made: the pool connects lazily, so an unreachable URL is fine for wiring.
    const app = await NestFactory.createApplicationContext(
      EtlModule.forRoot(config, 'postgres://nobody@127.0.0.1:1/none', { schedule: false }),
      { logger: false },
    );
    try {
      const jobs = app.get<EtlJobs>(ETL_JOBS);
      expect(Object.keys(jobs).sort()).toEqual([...RUNNABLE_SOURCE_IDS].sort());
      expect(jobs.inbox).toBeInstanceOf(InboxScanJob);
      expect([jobs.inbox.cron, jobs.cbs.cron]).toEqual(['*/7 * * * *', '15 3 * * *']);
    } finally {
      await app.close();
    }
  });
});
