import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
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
  readonly server: Parameters<typeof request>[0];
  /** The first admin key the API runs with (KOERS_ADMIN_TOKEN): a fresh one unless the test's env names one. */
  readonly adminToken: string;
  /** A new bearer key with this role, made by the admin through `POST /auth/keys`. */
  createKey(role: 'viewer' | 'editor' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

/** The Authorization header of a bearer key. */
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A migrated test database (with the real fixture unless `empty`) and the API on it, as main.ts builds it. */
export async function startE2eApi(setup: { env?: Env; options?: Partial<ApiOptions>; empty?: boolean } = {}): Promise<E2eApi> {
  const database = await createMigratedTestDatabase();
  const fixture = setup.empty ? null : await loadFixture(database.url);
  const adminToken = setup.env?.['KOERS_ADMIN_TOKEN'] ?? `admin-${randomBytes(16).toString('hex')}`;
  const app = await createApp(loadConfig({ ...setup.env, KOERS_ADMIN_TOKEN: adminToken }), database.url, false, setup.options);
  await app.init();
  const server = app.getHttpServer();
  return {
    app,
    database,
    fixture,
    server,
    adminToken,
    createKey: async (role) =>
      (await request(server).post('/api/v1/auth/keys').set(bearer(adminToken)).send({ role }).expect(201)).body.key,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
