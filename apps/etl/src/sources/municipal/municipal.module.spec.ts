import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@koers/config';
import { MunicipalImportService } from '@koers/municipal-files';
import { EtlModule } from '../../etl.module';
import { InboxScanJob } from './inbox-scan.job';

describe('MunicipalModule', () => {
  it('should provide the import service and the inbox scan on its cron when the ETL module starts', async () => {
    const config = loadConfig({ KOERS_INBOX: '/tmp/koers-inbox-wiring', ETL_CRON_INBOX: '*/7 * * * *' });
    // No query is made: the pool connects lazily, so an unreachable URL is fine for wiring.
    const app = await NestFactory.createApplicationContext(
      EtlModule.forRoot(config, 'postgres://nobody@127.0.0.1:1/none', { schedule: false }),
      { logger: false },
    );
    try {
      expect(app.get(MunicipalImportService)).toBeInstanceOf(MunicipalImportService);
      expect(app.get(InboxScanJob).cron).toBe('*/7 * * * *');
    } finally {
      await app.close();
    }
  });
});
