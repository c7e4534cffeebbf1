import type { CliCommand } from './cli-command';
import { importCommand } from './import.command';
import { runCommand } from './run.command';
import { seedCommand } from './seed.command';
import { statusCommand } from './status.command';

/** Every command of `npm run etl`, registered once here. */
export const CLI_COMMANDS: readonly CliCommand[] = [runCommand, seedCommand, statusCommand, importCommand];

/**
 * Every command's switches together: the command line is read once, before the command is known, so options may
 * stand before the command's name as well as after it.
 */
export const CLI_SWITCHES: readonly string[] = [...new Set(CLI_COMMANDS.flatMap((command) => command.booleanFlags))];
