import { CliCommand } from './cli-command';
import { importCommand } from './import.command';
import { runCommand } from './run.command';
import { seedCommand } from './seed.command';
import { statusCommand } from './status.command';

/** Every command of `npm run etl`, registered once here. */
export const CLI_COMMANDS: readonly CliCommand[] = [runCommand, seedCommand, statusCommand, importCommand];
