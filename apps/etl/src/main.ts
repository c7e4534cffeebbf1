import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@koers/config';
import { openDatabase } from '@koers/db';
import { SourceRunner } from '@koers/loading';
import { EtlModule } from './etl.module';
import { SnapshotSeeder } from './seeding/snapshot.seeder';

/** The ETL scheduler process: no HTTP server, only the cron jobs of the registered sources. */
async function bootstrap(): Promise<void> {
  const logger = new Logger('Etl');
  const config = loadConfig();
  const database = await openDatabase(config, (line) => logger.log(line));
  let app;
  try {
    app = await NestFactory.createApplicationContext(EtlModule.forRoot(config, database.url, { schedule: true }));
    await app.init();
  } catch (error) {
    await database.release();
    throw error;
  }
  logger.log('Koers ETL scheduler is running.');
  // Runs a killed ETL process left as running (it may have been this one, before a restart) are recorded as abandoned.
  const settled = await app.get(SourceRunner).settleAbandonedRuns();
  if (settled > 0) logger.warn(`${settled} run(s) left running by a process that ended were marked abandoned.`);
  // An empty database gets the bundled real snapshot, through the same loader as a CBS run.
  const seeded = await app.get(SnapshotSeeder).seedIfEmpty();
  if (!seeded.seeded) logger.log(`Bundled snapshot not loaded: ${seeded.reason}.`);
  else {
    const counts = `${seeded.results.length} CBS tables, ${seeded.files.length} files, ${seeded.demoFiles.length} voorbeelddata files`;
    logger.log(`Bundled data loaded: ${counts}.`);
  }
  // Cron timers keep the event loop alive only while a source is scheduled; with ETL_SCHEDULE=off the process
  // must still stay up (as one replica of the deployment) until it is told to stop.
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  const stop = async () => {
    clearInterval(keepAlive);
    await app.close();
    await database.release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

bootstrap().catch((error: unknown) => {
  new Logger('Etl').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
