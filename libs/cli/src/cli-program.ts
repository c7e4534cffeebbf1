import { CliArgumentsError } from './cli-arguments.exception';
import { type CliArguments, assertKnownOptions, parseArguments } from './cli-arguments.parser';
import type { CliOutput } from './cli-output';

/**
 * One command of a command line (`npm run etl -- run …`, `npm run api -- keys create …`). Its `name` is the words
 * that select it; what follows them is its own positional arguments.
 */
export interface CliCommand<Context> {
  readonly name: string;
  /** The whole usage line after the program, e.g. `run <source> [--table ID] [--dry-run]`. */
  readonly usage: string;
  readonly summary: string;
  /** Its switches: options that take no value (`--dry-run`), so the word after one stays positional. */
  readonly switches: readonly string[];
  /** Its options that take a value (`--table ID`); any option it does not list is refused. */
  readonly valueOptions: readonly string[];
  run(context: Context, args: CliArguments, out: CliOutput): Promise<number>;
}

/** What a command line's commands run in (a Nest context, a database), opened only once a command is chosen. */
export interface CliSession<Context> {
  readonly context: Context;
  close(): Promise<void>;
}

/**
 * A command line: its name for the usage (`npm run etl`), its commands, registered once here, and how the context
 * they run in is opened. The three command lines of Koers (`npm run etl`, `api`, `db`) are each one of these.
 */
export interface CliProgram<Context> {
  readonly name: string;
  readonly commands: readonly CliCommand<Context>[];
  open(out: CliOutput): Promise<CliSession<Context>>;
}

export function programUsage(program: CliProgram<unknown>): string {
  const width = Math.max(...program.commands.map((command) => command.usage.length));
  return [
    `usage: ${program.name} -- <command>`,
    ...program.commands.map((command) => `  ${command.usage.padEnd(width)}   ${command.summary}`),
  ].join('\n');
}

/** Every command's switches together: options may stand before the command's words as well as after them. */
function switchesOf(program: CliProgram<unknown>): string[] {
  return [...new Set(program.commands.flatMap((command) => command.switches))];
}

/** The command whose words begin the positional arguments, the longest first (`keys create` before `keys`). */
function commandOf<Context>(program: CliProgram<Context>, positional: readonly string[]): CliCommand<Context> | undefined {
  const byLength = [...program.commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
  return byLength.find((command) => command.name.split(' ').every((word, index) => positional[index] === word));
}

/** The chosen command and its own arguments, or what to tell the person (the usage, exit 2). */
export function readCommandLine<Context>(
  program: CliProgram<Context>,
  argv: readonly string[],
): { command: CliCommand<Context>; args: CliArguments } | string {
  try {
    const args = parseArguments(argv, switchesOf(program));
    const command = commandOf(program, args.positional);
    if (!command) return programUsage(program);
    assertKnownOptions(args, command.name, [...command.switches, ...command.valueOptions]);
    return { command, args: { positional: args.positional.slice(command.name.split(' ').length), flags: args.flags } };
  } catch (error) {
    if (error instanceof CliArgumentsError) return `${error.message}\n${programUsage(program)}`;
    throw error;
  }
}

/** Reads the command line, opens the context only for a command that can run, runs it and closes the context. */
export async function runProgram<Context>(program: CliProgram<Context>, argv: readonly string[], out: CliOutput): Promise<number> {
  const read = readCommandLine(program, argv);
  if (typeof read === 'string') {
    out.error(read);
    return 2;
  }
  const session = await program.open(out);
  try {
    return await read.command.run(session.context, read.args, out);
  } finally {
    await session.close();
  }
}
