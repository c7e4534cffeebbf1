import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/**
 * The TypeORM data source for a database URL: TypeORM runs, reverts and lists the migrations, the one home of the
 * schema. No entities: the apps read and write with SQL on a pg pool (`@koers/db/nest`), so there is no second
 * description of the tables to drift from the migrations. `migrationsTransactionMode: 'each'` runs every
 * migration in its own transaction.
 */
export function createDataSource(url: string, applicationName = 'koers'): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    applicationName,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
  });
}
