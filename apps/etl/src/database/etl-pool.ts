import { Logger } from '@nestjs/common';
import { Pool } from 'pg';

/**
 * The ETL's connection pool. An idle connection the server ends (a restart, a failover, an operator's
 * `pg_terminate_backend`) makes the pool emit 'error'; unheard, that would end the scheduler process. The pool
 * has already dropped the connection and opens a new one when next asked, so the error is only logged.
 */
/** Where the pool says so: Nest's logger in the process, a list in tests. */
export interface PoolLog {
  warn(message: string): void;
}

export function createEtlPool(url: string, logger: PoolLog = new Logger('Database')): Pool {
  const pool = new Pool({ connectionString: url, max: 4, application_name: 'koers-etl' });
  pool.on('error', (error: Error) => logger.warn(`An idle database connection ended (${error.message}); the next query opens a new one.`));
  return pool;
}
