import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type CliProgram, runCommandLine, runProgram } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '@koers/db';
import { ApiKeyService } from './auth/api-key.service';
import { CliModule } from './cli/cli.module';
import { API_COMMANDS, type KeyStore } from './cli/keys.command';

// `npm run api -- keys …`: API keys on the same database the API uses (attaching to the embedded server when
// `npm start` runs it). A new key goes to stdout alone, so it can be piped into a secret store.

const API_PROGRAM: CliProgram<KeyStore> = {
  name: 'npm run api',
  commands: API_COMMANDS,
  async open(out) {
    const config = loadConfig();
    const database = await openDatabase(config, (line) => out.error(line));
    try {
      const app = await NestFactory.createApplicationContext(CliModule.forRoot(config, database.url), { logger: ['error', 'warn'] });
      return { context: app.get(ApiKeyService), close: () => app.close().finally(() => database.release()) };
    } catch (error) {
      await database.release();
      throw error;
    }
  },
};

runCommandLine((argv, out) => runProgram(API_PROGRAM, argv, out));
