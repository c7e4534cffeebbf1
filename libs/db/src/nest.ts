import { DynamicModule, Global, Inject, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';

/** The one node-postgres pool of a process: parameterised SQL, COPY streams and transactions. */
export const PG_POOL = Symbol('PG_POOL');

/** The database URL in use, for what needs a connection of its own (a source's advisory lock, LISTEN). */
export const DATABASE_URL = Symbol('DATABASE_URL');

export interface DatabaseModuleOptions {
  /** `application_name` of the pool's connections, so `pg_stat_activity` says which process holds them. */
  readonly applicationName: string;
  readonly maxConnections: number;
}

/**
 * A pool whose idle connection the server ends (a restart, a failover, an operator's `pg_terminate_backend`) is
 * not fatal: the pool has dropped that connection and opens a new one when next asked, so the error is logged.
 * Unheard, the pool's 'error' would end the process.
 */
export function createPool(url: string, options: DatabaseModuleOptions, log: (message: string) => void): Pool {
  const pool = new Pool({ connectionString: url, max: options.maxConnections, application_name: options.applicationName });
  pool.on('error', (error: Error) => log(`An idle database connection ended (${error.message}); the next query opens a new one.`));
  return pool;
}

/**
 * The Nest binding of the database: the API and the ETL each import it once, with their own connection budget.
 * The schema is the migrations' (`npm run db -- migrate`, which `npm start` runs), never an ORM's.
 */
@Global()
@Module({})
export class DatabaseModule implements OnModuleDestroy {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  static forRoot(url: string, options: DatabaseModuleOptions): DynamicModule {
    const logger = new Logger('Database');
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_URL, useValue: url },
        { provide: PG_POOL, useFactory: () => createPool(url, options, (message) => logger.warn(message)) },
      ],
      exports: [PG_POOL, DATABASE_URL],
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
