import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadConfig } from '@koers/config';
import { TestDatabase, createMigratedTestDatabase, createTestDatabase } from '@koers/db/testing';
import { createApp } from '../create-app';

describe('GET /api/v1/health', () => {
  const databases: TestDatabase[] = [];
  const apps: INestApplication[] = [];

  async function appOn(database: TestDatabase): Promise<INestApplication> {
    databases.push(database);
    const app = await createApp(loadConfig({}), database.url, false);
    await app.init();
    apps.push(app);
    return app;
  }

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.drop();
  });

  it('should answer ok with the database up when the schema is current', async () => {
    const app = await appOn(await createMigratedTestDatabase());
    const response = await request(app.getHttpServer()).get('/api/v1/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up', migrationsPending: false, version: '0.1.0' });
    expect(Number.isNaN(Date.parse(response.body.time))).toBe(false);
  });

  it('should answer 503 with a problem holding the degraded report when migrations are pending', async () => {
    const app = await appOn(await createTestDatabase());
    const response = await request(app.getHttpServer()).get('/api/v1/health').expect(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toMatchObject({
      status: 503,
      code: 'HEALTH_DEGRADED',
      detail: 'De API kan niet antwoorden: het databaseschema is niet bijgewerkt.',
      health: { status: 'degraded', database: 'up', migrationsPending: true },
    });
  });
});
