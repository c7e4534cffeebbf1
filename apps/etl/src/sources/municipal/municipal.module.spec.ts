import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@koers/config';
import { EtlModule } from '../../etl.module';
import { SourceAdapter } from '@koers/loading';
import { SOURCE_ADAPTERS } from '../source-adapters';
import { InboxAdapter } from './inbox.adapter';
import { MunicipalImportService } from '@koers/municipal-files';

describe('MunicipalModule', () => {
  it('should provide the import service and register the inbox on its cron when the ETL module starts', async () => {
    const config = loadConfig({ KOERS_INBOX: '/tmp/koers-inbox-wiring', ETL_CRON_INBOX: '*/7 * * * *' });
    // No query is made: the pool connects lazily, so an unreachable URL is fine for wiring.
    const app = await NestFactory.createApplicationContext(EtlModule.forRoot(config, 'postgres://nobody@127.0.0.1:1/none', { schedule: false }), { logger: false });
    try {
      expect(app.get(MunicipalImportService)).toBeInstanceOf(MunicipalImportService);
      const inbox = app.get<SourceAdapter[]>(SOURCE_ADAPTERS).find((adapter) => adapter.id === 'inbox');
      expect(inbox).toBeInstanceOf(InboxAdapter);
      expect(inbox?.cron).toBe('*/7 * * * *');
    } finally {
      await app.close();
    }
  });
});
