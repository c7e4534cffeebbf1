import { DynamicModule, Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { createEtlPool } from './etl-pool';

export const PG_POOL = Symbol('PG_POOL');
export const DATABASE_URL = Symbol('DATABASE_URL');

/**
 * The ETL talks to PostgreSQL through node-postgres directly: loads stream with COPY inside explicit
 * transactions, which an ORM would only get in the way of. The schema itself comes from libs/db's migrations.
 */
@Global()
@Module({})
export class DatabaseModule implements OnModuleDestroy {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_URL, useValue: url },
        { provide: PG_POOL, useFactory: () => createEtlPool(url) },
      ],
      exports: [PG_POOL, DATABASE_URL],
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
