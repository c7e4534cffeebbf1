import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@koers/config';
import { openDatabase, pendingMigrations } from '@koers/db';
import { Pool } from 'pg';
import { createApp } from './create-app';

async function assertSchemaCurrent(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1, application_name: 'koers-api-check' });
  try {
    const pending = await pendingMigrations(pool);
    if (pending.length > 0) {
      throw new Error(`The database schema is not up to date (${pending.join(', ')} not run). Run "npm run db -- migrate" (npm start does this itself).`);
    }
  } finally {
    await pool.end();
  }
}

async function bootstrap(): Promise<void> {
  const logger = new Logger('Api');
  const config = loadConfig();
  const database = await openDatabase(config, (line) => logger.log(line));
  let app;
  try {
    await assertSchemaCurrent(database.url);
    app = await createApp(config, database.url);
  } catch (error) {
    await database.release();
    throw error;
  }
  await app.listen(config.api.port, config.api.host);
  logger.log(`Koers API listening on http://${config.api.host}:${config.api.port}/api/v1`);
  // Close the HTTP server and the connection pool first, then let go of the (embedded) database.
  const stop = async () => {
    await app.close();
    await database.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

bootstrap().catch((error: unknown) => {
  new Logger('Api').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
