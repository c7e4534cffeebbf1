import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type CliProgram, runCommandLine, runProgram } from '@koers/cli';
import { loadConfig } from '@koers/config';
import { openDatabase } from '@koers/db';
import { ETL_COMMANDS } from './cli/commands';
import { EtlModule } from './etl.module';

// `npm run etl -- <command> …`: the same sources, runner and database as the scheduler, started by hand.

const ETL_PROGRAM: CliProgram<INestApplicationContext> = {
  name: 'npm run etl',
  commands: ETL_COMMANDS,
  async open(out) {
    const config = loadConfig();
    const database = await openDatabase(config, (line) => out.error(line));
    try {
      const app = await NestFactory.createApplicationContext(EtlModule.forRoot(config, database.url, { schedule: false }), {
        logger: ['error', 'warn'],
      });
      return { context: app, close: () => app.close().finally(() => database.release()) };
    } catch (error) {
      await database.release();
      throw error;
    }
  },
};

runCommandLine((argv, out) => runProgram(ETL_PROGRAM, argv, out));
