import { INestApplicationContext } from '@nestjs/common';
import type { CliArguments, CliOutput } from '@koers/cli';

/** One command of `npm run etl -- <name> …`. Commands run inside the ETL's Nest context: the scheduler's code path. */
export interface CliCommand {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** The command's switches: options that take no value (`--dry-run`), so the word after one stays positional. */
  readonly booleanFlags: readonly string[];
  /** The command's options that take a value (`--table ID`); any option it does not list is refused. */
  readonly valueOptions: readonly string[];
  run(app: INestApplicationContext, args: CliArguments, out: CliOutput): Promise<number>;
}
