import { INestApplicationContext } from '@nestjs/common';
import type { CliArguments, CliCommand, CliOutput } from '@koers/cli';
import { SnapshotSeeder } from '../seeding/snapshot.seeder';

/** `seed [--force]`: load the bundled real snapshot (only into an empty database unless --force). */
export const seedCommand: CliCommand<INestApplicationContext> = {
  name: 'seed',
  usage: 'seed [--force]',
  summary: 'load the bundled real snapshot (data/snapshot) into an empty database',
  switches: ['force'],
  valueOptions: [],
  async run(app: INestApplicationContext, args: CliArguments, out: CliOutput): Promise<number> {
    const seeder = app.get(SnapshotSeeder);
    const outcome = args.flags['force'] === true ? await seeder.seed() : await seeder.seedIfEmpty();
    if (!outcome.seeded) {
      out.line(`Nothing loaded: ${outcome.reason}.`);
      return 0;
    }
    const runs = [...outcome.results, ...outcome.files];
    for (const result of runs)
      out.line(
        `${result.tableId}: ${result.status}, ${result.rowsInserted} inserted${result.errorMessage ? ` — ${result.errorMessage}` : ''}`,
      );
    return runs.some((result) => result.status === 'failed') ? 1 : 0;
  },
};
