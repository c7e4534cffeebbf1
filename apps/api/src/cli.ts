import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CliArgumentsError, type CliOutput, parseArguments, runCommandLine } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '@koers/db';
import { ApiKeyService } from './auth/api-key.service';
import { CliModule } from './cli/cli.module';
import { KEYS_USAGE, assertKeysOptions, runKeysCommand } from './cli/keys.command';

// `npm run api -- keys …`: API keys on the same database the API uses (attaching to the embedded server when
// `npm start` runs it). A new key goes to stdout alone, so it can be piped into a secret store.

async function main(argv: readonly string[], out: CliOutput): Promise<number> {
  let args;
  try {
    args = parseArguments(argv);
    assertKeysOptions(args);
  } catch (error) {
    if (!(error instanceof CliArgumentsError)) throw error;
    out.error(`${error.message}\n${KEYS_USAGE}`);
    return 2;
  }
  if (args.positional[0] !== 'keys') {
    out.error(KEYS_USAGE);
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase(config, (line) => out.error(line));
  try {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
    try {
      return await runKeysCommand(app.get(ApiKeyService), args, out);
    } finally {
      await app.close();
    }
  } finally {
    await database.release();
  }
}

runCommandLine(main);
