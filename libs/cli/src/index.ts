// Public API of @koers/cli: the command lines of `npm run api`, `npm run etl` and `npm run db` (reading the arguments,
// running main to an exit code). No framework.
export { assertKnownOptions, parseArguments, stringFlag } from './cli-arguments.parser';
export type { CliArguments } from './cli-arguments.parser';
export { CliArgumentsError } from './cli-arguments.exception';
export type { CliArgumentsErrorCode } from './cli-arguments.exception';
export type { CliOutput } from './cli-output';
export { runCommandLine } from './cli-main';
export { programUsage, readCommandLine, runProgram } from './cli-program';
export type { CliCommand, CliProgram, CliSession } from './cli-program';
