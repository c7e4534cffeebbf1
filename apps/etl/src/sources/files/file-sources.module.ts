import { join } from 'node:path';
import { Logger, Module } from '@nestjs/common';
import { Pool } from 'pg';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { PG_POOL } from '@koers/db/nest';
import { FileImportService } from './file-import.service';
import { FileSourcesAdapter } from './file-sources.adapter';
import { KNOWN_REGIONS, type KnownRegions, PgKnownRegions } from './known-regions.store';
import { LoadingModule } from '@koers/loading/nest';

/** The folder of the bundled files, each beside its manifest. */
export function bundledFilesFolder(config: KoersConfig): string {
  return join(config.workspaceRoot, 'data', 'snapshot', 'files');
}

/**
 * The file sources: the adapter over the bundled files (run by the seeder, the CLI and run requests) and the import
 * of one analyst's file (the CLI). Needs PG_POOL (DatabaseModule) and KOERS_CONFIG (ConfigModule) in the app.
 */
@Module({
  imports: [LoadingModule],
  providers: [
    { provide: KNOWN_REGIONS, useFactory: (pool: Pool) => new PgKnownRegions(pool), inject: [PG_POOL] },
    {
      provide: FileSourcesAdapter,
      useFactory: (config: KoersConfig, regions: KnownRegions) => {
        const logger = new Logger('Files');
        return new FileSourcesAdapter({ folder: bundledFilesFolder(config) }, regions, { log: (line) => logger.log(line) });
      },
      inject: [KOERS_CONFIG, KNOWN_REGIONS],
    },
    FileImportService,
  ],
  exports: [FileSourcesAdapter, FileImportService],
})
export class FileSourcesModule {}
