import { Provider } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { SourceRunner } from '@koers/loading';
import { MunicipalFileStore, MunicipalImportService } from '@koers/municipal-files';
import { Pool } from 'pg';
import { DATABASE_URL, PG_POOL } from '../database/database.module';

/**
 * The same import the ETL's inbox and the CLI use: validate everything, load all or nothing through the loader's
 * runner (one etl_run per file, the source's advisory lock), keep the file whole.
 */
export const municipalImportProvider: Provider<MunicipalImportService> = {
  provide: MunicipalImportService,
  inject: [PG_POOL, DATABASE_URL, KOERS_CONFIG],
  useFactory: (pool: Pool, databaseUrl: string, config: KoersConfig) => MunicipalImportService.fromConfig(pool, new SourceRunner(pool, databaseUrl), config),
};

/** `uploaded_file` as the import keeps it, for withdrawals. */
export const municipalFileStoreProvider: Provider<MunicipalFileStore> = {
  provide: MunicipalFileStore,
  inject: [PG_POOL],
  useFactory: (pool: Pool) => new MunicipalFileStore(pool),
};
