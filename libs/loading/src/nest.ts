import { Module } from '@nestjs/common';
import { DATABASE_URL, PG_POOL } from '@koers/db/nest';
import { Pool } from 'pg';
import { SourceRunner } from './source-runner';

/**
 * The Nest binding of the loader: the runner on the process's pool (`@koers/db/nest`'s DatabaseModule must be
 * imported by the app). The ETL's sources and the API's uploads load through this one runner.
 */
@Module({
  providers: [
    { provide: SourceRunner, useFactory: (pool: Pool, url: string) => new SourceRunner(pool, url), inject: [PG_POOL, DATABASE_URL] },
  ],
  exports: [SourceRunner],
})
export class LoadingModule {}
