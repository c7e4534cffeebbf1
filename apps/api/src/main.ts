import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { type KoersConfig, loadConfig } from '@koers/config';
import { openDatabase, pendingMigrations } from '@koers/db';
import { Pool } from 'pg';
import { ApiCluster } from './cluster/api-cluster';
import { createApp } from './create-app';

async function assertSchemaCurrent(url: string): Promise<void> {
  const pool = new Pool({ connectionString: url, max: 1, application_name: 'koers-api-check' });
  try {
    const pending = await pendingMigrations(pool);
    if (pending.length > 0) {
      throw new Error(
        `The database schema is not up to date (${pending.join(', ')} not run). Run "npm run db -- migrate" (npm start does this itself).`,
      );
    }
  } finally {
    await pool.end();
  }
}

/** Opens the database (or attaches to the embedded one) and checks its schema; the caller releases it. */
async function openCheckedDatabase(config: KoersConfig, logger: Logger) {
  const database = await openDatabase(config, (line) => logger.log(line));
  try {
    await assertSchemaCurrent(database.url);
  } catch (error) {
    await database.release();
    throw error;
  }
  return database;
}

/**
 * Ends the process on SIGINT or SIGTERM after `stop` (close what this process holds). A second signal while
 * stopping changes nothing: npm start signals the whole process group, so a worker hears it from there and from
 * the primary.
 */
function onStopSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** One API process: the app on the port (alone, or as one worker of several on the same port). */
async function serve(config: KoersConfig, logger: Logger): Promise<void> {
  // A worker is given the database the primary opened (DATABASE_URL): it neither starts nor checks one itself.
  const database = cluster.isWorker ? await openDatabase(config, (line) => logger.log(line)) : await openCheckedDatabase(config, logger);
  let app;
  try {
    app = await createApp(config, database.url);
  } catch (error) {
    await database.release();
    throw error;
  }
  await app.listen(config.api.port, config.api.host);
  if (!cluster.isWorker) logger.log(`Koers API listening on http://${config.api.host}:${config.api.port}/api/v1`);
  // Close the HTTP server and the connection pool first, then let go of the (embedded) database.
  onStopSignal(async () => {
    await app.close();
    await database.release();
  });
}

/** Several API processes on one port (API_WORKERS > 1): this one opens the database and watches the workers. */
async function serveOnEveryCore(config: KoersConfig, logger: Logger): Promise<void> {
  const database = await openCheckedDatabase(config, logger);
  const workers = new ApiCluster(config.api.workers, { DATABASE_URL: database.url });
  workers.start(() =>
    logger.log(`Koers API listening on http://${config.api.host}:${config.api.port}/api/v1 (${config.api.workers} processes)`),
  );
  onStopSignal(async () => {
    await workers.stop();
    await database.release();
  });
}

async function bootstrap(): Promise<void> {
  const logger = new Logger('Api');
  const config = loadConfig();
  if (cluster.isPrimary && config.api.workers > 1) await serveOnEveryCore(config, logger);
  else await serve(config, logger);
}

bootstrap().catch((error: unknown) => {
  new Logger('Api').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
