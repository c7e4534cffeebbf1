import { type CliCommand, type CliProgram, runCommandLine, runProgram } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '../database-connection';
import { createDataSource } from '../data-source';
import { revertLastMigration, runMigrations } from '../migrate';

// `npm run db -- <command>`: the schema of the database in use (the embedded server, or DATABASE_URL).

/** A command of `npm run db`: it runs on the URL of the database in use. */
function command(name: string, summary: string, run: CliCommand<string>['run']): CliCommand<string> {
  return { name, usage: name, summary, switches: [], valueOptions: [], run };
}

const DB_COMMANDS: readonly CliCommand<string>[] = [
  command('migrate', 'run every pending migration', async (url, _args, out) => {
    const ran = await runMigrations(url);
    out.line(ran.length ? `Ran ${ran.join(', ')}` : 'The schema is up to date.');
    return 0;
  }),
  command('revert', 'undo the last migration that ran', async (url, _args, out) => {
    out.line((await revertLastMigration(url)) ? 'Reverted the last migration.' : 'No migration to revert.');
    return 0;
  }),
  command('status', 'list the migrations and whether each has run', async (url, _args, out) => {
    const dataSource = createDataSource(url, 'koers-db-cli');
    await dataSource.initialize();
    try {
      const table = await dataSource.query(`SELECT to_regclass('schema_migration') AS t`);
      const ran: { name: string }[] = table[0].t ? await dataSource.query(`SELECT name FROM schema_migration ORDER BY id`) : [];
      const done = new Set(ran.map((row) => row.name));
      for (const migration of dataSource.migrations) out.line(`${done.has(migration.name ?? '') ? '[x]' : '[ ]'} ${migration.name}`);
      return 0;
    } finally {
      await dataSource.destroy();
    }
  }),
  command('url', 'print the connection URL of the database in use (embedded or DATABASE_URL)', async (url, _args, out) => {
    out.line(url);
    return 0;
  }),
];

const DB_PROGRAM: CliProgram<string> = {
  name: 'npm run db',
  commands: DB_COMMANDS,
  async open(out) {
    const database = await openDatabase(loadConfig(), (line) => out.error(line));
    return { context: database.url, close: () => database.release() };
  },
};

runCommandLine((argv, out) => runProgram(DB_PROGRAM, argv, out));
