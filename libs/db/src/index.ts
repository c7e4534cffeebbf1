export * from './entities';
export { MIGRATIONS } from './migrations';
export { createDataSource } from './data-source';
export { openDatabase } from './database-connection';
export type { DatabaseHandle } from './database-connection';
export { runMigrations, revertLastMigration } from './migrate';
export { startEmbeddedDatabase } from './embedded/embedded-postgres.server';
export type { EmbeddedDatabase, EmbeddedOptions } from './embedded/embedded-postgres.server';
export { EmbeddedDatabaseError } from './embedded/embedded-database.error';
