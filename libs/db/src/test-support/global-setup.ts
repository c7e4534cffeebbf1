import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../embedded/embedded-postgres.server';
import { EmbeddedDatabase } from '../embedded/embedded-postgres.server';

declare global {
  var __koersTestDatabase: { server: EmbeddedDatabase; home: string } | undefined;
}

/**
 * Jest global setup for integration tests: a real PostgreSQL server for the whole run. With DATABASE_URL set,
 * that server is used (its user needs CREATEDB); otherwise a throwaway embedded server is started. Each suite
 * then makes its own database with `createTestDatabase()`.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env['KOERS_TEST_ADMIN_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const home = mkdtempSync(join(tmpdir(), 'koers-test-'));
  // Searchable for the server account, which is not us when tests run as root.
  chmodSync(home, 0o755);
  const server = await startEmbeddedDatabase({
    home,
    database: 'postgres',
    settings: ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'],
  });
  process.env['KOERS_TEST_ADMIN_URL'] = server.adminUrl;
  globalThis.__koersTestDatabase = { server, home };
}
