import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type CliArguments, CliArgumentsError, type CliOutput, assertKnownOptions, parseArguments, runCommandLine } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '@koers/db';
import type { CliCommand } from './cli/cli-command';
import { CLI_COMMANDS, CLI_SWITCHES } from './cli/commands';
import { EtlModule } from './etl.module';

// `npm run etl -- <command> …`: the same sources, runner and database as the scheduler, started by hand.

function usage(): string {
  return ['usage: npm run etl -- <command>', ...CLI_COMMANDS.map((c) => `  ${c.usage.padEnd(58)} ${c.summary}`)].join('\n');
}

/** The command and its arguments, or the usage (exit 2) for a command line that cannot be read. */
function readCommandLine(argv: readonly string[]): { command: CliCommand; args: CliArguments } | string {
  try {
    const args = parseArguments(argv, CLI_SWITCHES);
    const command = CLI_COMMANDS.find((candidate) => candidate.name === args.positional[0]);
    if (!command) return usage();
    assertKnownOptions(args, command.name, [...command.booleanFlags, ...command.valueOptions]);
    return { command, args };
  } catch (error) {
    if (error instanceof CliArgumentsError) return `${error.message}\n${usage()}`;
    throw error;
  }
}

async function main(argv: readonly string[], out: CliOutput): Promise<number> {
  const read = readCommandLine(argv);
  if (typeof read === 'string') {
    out.error(read);
    return 2;
  }
  const { command, args } = read;
  const config = loadConfig();
  const database = await openDatabase(config, (line) => out.error(line));
  try {
    const app = await NestFactory.createApplicationContext(EtlModule.forRoot(config, database.url, { schedule: false }), { logger: ['error', 'warn'] });
    try {
      return await command.run(app, { positional: args.positional.slice(1), flags: args.flags }, out);
    } finally {
      await app.close();
    }
  } finally {
    await database.release();
  }
}

runCommandLine(main);
