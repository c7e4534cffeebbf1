/** Test helpers for integration tests against a real PostgreSQL (see libs/db/src/test-support). */
export { createTestDatabase, createMigratedTestDatabase } from './test-support/test-database';
export type { TestDatabase } from './test-support/test-database';
export { freePort } from './embedded/free-port';
