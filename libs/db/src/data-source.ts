import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The TypeORM data source for a database URL. The schema comes only from the migrations (never `synchronize`);
 * `migrationsTransactionMode: 'each'` runs every migration in its own transaction.
 */
export function createDataSource(url: string, applicationName = 'koers'): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    applicationName,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  });
}
