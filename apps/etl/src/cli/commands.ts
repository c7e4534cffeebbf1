import type { INestApplicationContext } from '@nestjs/common';
import type { CliCommand } from '@koers/cli';
import { importCommand } from './import.command';
import { runCommand } from './run.command';
import { seedCommand } from './seed.command';
import { statusCommand } from './status.command';

/** Every command of `npm run etl`, registered once here. They run inside the ETL's Nest context: the scheduler's code path. */
export const ETL_COMMANDS: readonly CliCommand<INestApplicationContext>[] = [runCommand, seedCommand, statusCommand, importCommand];
