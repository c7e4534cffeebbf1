import { Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { PG_POOL } from '../../database/database.module';
import { RunnerModule } from '../../runner/runner.module';
import { SourceRunner } from '@koers/loading';
import { InboxScanJob } from './inbox-scan.job';
import { MunicipalImportService } from '@koers/municipal-files';

/**
 * The municipal files: the import service (the one code path of the API, the inbox and the CLI) and the inbox
 * scan that the schedule runs. Needs PG_POOL (DatabaseModule) and KOERS_CONFIG (ConfigModule) in the app.
 */
@Module({
  imports: [RunnerModule],
  providers: [
    {
      provide: MunicipalImportService,
      useFactory: (pool: Pool, runner: SourceRunner, config: KoersConfig) => MunicipalImportService.fromConfig(pool, runner, config),
      inject: [PG_POOL, SourceRunner, KOERS_CONFIG],
    },
    {
      provide: InboxScanJob,
      useFactory: (imports: MunicipalImportService, runner: SourceRunner, config: KoersConfig) => {
        const logger = new Logger('Inbox');
        return new InboxScanJob(imports, runner, { folder: config.etl.inbox, cron: config.etl.inboxCron, log: (line) => logger.log(line) });
      },
      inject: [MunicipalImportService, SourceRunner, KOERS_CONFIG],
    },
  ],
  exports: [MunicipalImportService, InboxScanJob],
})
export class MunicipalModule implements OnModuleDestroy {
  constructor(private readonly imports: MunicipalImportService) {}

  /** The import's check workers end with the process's Nest context. */
  onModuleDestroy(): Promise<void> {
    return this.imports.close();
  }
}
