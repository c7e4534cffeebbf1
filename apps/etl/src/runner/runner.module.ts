import { Module } from '@nestjs/common';
import { Pool } from 'pg';
import { DATABASE_URL, PG_POOL } from '../database/database.module';
import { SourceRunner } from '@koers/loading';

@Module({
  providers: [{ provide: SourceRunner, useFactory: (pool: Pool, url: string) => new SourceRunner(pool, url), inject: [PG_POOL, DATABASE_URL] }],
  exports: [SourceRunner],
})
export class RunnerModule {}
