import { runCommandLine } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '../database-connection';
import { createDataSource } from '../data-source';
import { revertLastMigration, runMigrations } from '../migrate';

const USAGE = `usage: npm run db -- <command>
  migrate   run every pending migration
  revert    undo the last migration that ran
  status    list the migrations and whether each has run
  url       print the connection URL of the database in use (embedded or DATABASE_URL)`;

async function status(url: string): Promise<void> {
  const dataSource = createDataSource(url, 'koers-db-cli');
  await dataSource.initialize();
  try {
    const table = await dataSource.query(`SELECT to_regclass('schema_migration') AS t`);
    const ran: { name: string }[] = table[0].t ? await dataSource.query(`SELECT name FROM schema_migration ORDER BY id`) : [];
    const done = new Set(ran.map((row) => row.name));
    for (const migration of dataSource.migrations) {
      console.log(`${done.has(migration.name ?? '') ? '[x]' : '[ ]'} ${migration.name}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

async function main(command: string | undefined): Promise<number> {
  if (!command || !['migrate', 'revert', 'status', 'url'].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const database = await openDatabase(loadConfig(), (line) => console.error(line));
  try {
    if (command === 'migrate') {
      const ran = await runMigrations(database.url);
      console.log(ran.length ? `Ran ${ran.join(', ')}` : 'The schema is up to date.');
    } else if (command === 'revert') {
      console.log((await revertLastMigration(database.url)) ? 'Reverted the last migration.' : 'No migration to revert.');
    } else if (command === 'status') {
      await status(database.url);
    } else {
      console.log(database.url);
    }
    return 0;
  } finally {
    await database.release();
  }
}

runCommandLine((argv) => main(argv[0]));
