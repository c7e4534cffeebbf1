import { KoersConfig } from '@koers/config';
import { startEmbeddedDatabase } from './embedded/embedded-postgres.server';

/** A database this process may use, and how to let go of it when done. */
export interface DatabaseHandle {
  readonly url: string;
  readonly embedded: boolean;
  release(): Promise<void>;
}

/**
 * The one way every command of the product finds its database: the server of `DATABASE_URL`, or else the
 * embedded server under `.koers/` (started here, or attached to when `npm start` or another command runs it).
 */
export async function openDatabase(config: KoersConfig, log?: (line: string) => void): Promise<DatabaseHandle> {
  if (config.database.mode === 'url') {
    return { url: config.database.url, embedded: false, release: async () => undefined };
  }
  const embedded = await startEmbeddedDatabase({ home: config.home, log });
  return { url: embedded.url, embedded: true, release: () => embedded.release() };
}
