// Public API of @koers/cli: reading the command lines of `npm run api` and `npm run etl`. No framework, no I/O.
export { assertKnownOptions, parseArguments, stringFlag } from './cli-arguments.parser';
export type { CliArguments } from './cli-arguments.parser';
export { CliArgumentsError } from './cli-arguments.exception';
export type { CliArgumentsErrorCode } from './cli-arguments.exception';
export type { CliOutput } from './cli-output';
