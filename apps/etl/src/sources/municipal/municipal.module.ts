import { Logger, Module } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { SourceRunner } from '@koers/loading';
import { MunicipalImportService } from '@koers/municipal-files';
import { MunicipalFilesModule } from '@koers/municipal-files/nest';
import { InboxScanJob } from './inbox-scan.job';

/** The municipal files in the ETL: the import (the one code path of the API, the inbox and the CLI) and the inbox scan the schedule runs. */
@Module({
  imports: [MunicipalFilesModule],
  providers: [
    {
      provide: InboxScanJob,
      useFactory: (imports: MunicipalImportService, runner: SourceRunner, config: KoersConfig) => {
        const logger = new Logger('Inbox');
        return new InboxScanJob(imports, runner, { folder: config.etl.inbox, cron: config.etl.inboxCron, log: (line) => logger.log(line) });
      },
      inject: [MunicipalImportService, SourceRunner, KOERS_CONFIG],
    },
  ],
  exports: [MunicipalFilesModule, InboxScanJob],
})
export class MunicipalModule {}
