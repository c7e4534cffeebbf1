import { Module, OnModuleDestroy } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { PG_POOL } from '@koers/db/nest';
import { LoadingModule } from '@koers/loading/nest';
import { SourceRunner } from '@koers/loading';
import { Pool } from 'pg';
import { MunicipalFileStore } from './municipal-file.store';
import { MunicipalImportService } from './municipal-import.service';

/**
 * The Nest binding of the municipal files: the one import the API's uploads, the ETL's inbox and the CLI share
 * (validate in a worker, load all or nothing through the runner, keep the file whole), and the store of uploaded
 * files. Needs `@koers/db/nest`'s DatabaseModule and the ConfigModule in the app. The check workers end with it.
 */
@Module({
  imports: [LoadingModule],
  providers: [
    {
      provide: MunicipalImportService,
      useFactory: (pool: Pool, runner: SourceRunner, config: KoersConfig) => MunicipalImportService.fromConfig(pool, runner, config),
      inject: [PG_POOL, SourceRunner, KOERS_CONFIG],
    },
    { provide: MunicipalFileStore, useFactory: (pool: Pool) => new MunicipalFileStore(pool), inject: [PG_POOL] },
  ],
  exports: [MunicipalImportService, MunicipalFileStore, LoadingModule],
})
export class MunicipalFilesModule implements OnModuleDestroy {
  constructor(private readonly imports: MunicipalImportService) {}

  onModuleDestroy(): Promise<void> {
    return this.imports.close();
  }
}
