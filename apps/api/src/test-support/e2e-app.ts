import type { INestApplication } from '@nestjs/common';
import { type Env, loadConfig } from '@koers/config';
import { type TestDatabase, createMigratedTestDatabase } from '@koers/db/testing';
import type { ApiOptions } from '../api-options';
import { createApp } from '../create-app';
import { type LoadedFixture, loadFixture } from './load-fixture';

export interface E2eApi {
  readonly app: INestApplication;
  readonly database: TestDatabase;
  readonly fixture: LoadedFixture | null;
  /** The HTTP server, for supertest. */
  readonly server: Parameters<typeof import('supertest')>[0];
  close(): Promise<void>;
}

/** A migrated test database (with the real fixture unless `empty`) and the API on it, as main.ts builds it. */
export async function startE2eApi(setup: { env?: Env; options?: Partial<ApiOptions>; empty?: boolean } = {}): Promise<E2eApi> {
  const database = await createMigratedTestDatabase();
  const fixture = setup.empty ? null : await loadFixture(database.url);
  const app = await createApp(loadConfig(setup.env ?? {}), database.url, false, setup.options);
  await app.init();
  return {
    app,
    database,
    fixture,
    server: app.getHttpServer(),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
