import { CliArgumentsError } from './cli-arguments.exception';

/** A parsed command line: the positional words in order, and the options by name. */
export interface CliArguments {
  readonly positional: readonly string[];
  /** Each option's value; `true` for a boolean flag that was given. */
  readonly flags: Readonly<Record<string, string | true>>;
}

interface Option {
  readonly name: string;
  readonly value: string | true;
  /** Words read: 2 when the value was the next word. */
  readonly width: 1 | 2;
}

/** One option at argv[index] (which starts with `--`), with its value from `=value` or from the next word. */
function readOption(argv: readonly string[], index: number, booleanFlags: ReadonlySet<string>): Option {
  const word = argv[index]!;
  const equals = word.indexOf('=');
  const name = equals === -1 ? word.slice(2) : word.slice(2, equals);
  if (name === '') throw CliArgumentsError.missingName(word);
  if (booleanFlags.has(name)) {
    if (equals !== -1) throw CliArgumentsError.unexpectedValue(name);
    return { name, value: true, width: 1 };
  }
  // An empty value is a slip (`--by=` or `--by ""`), never a meaningful setting; the next option is not a value.
  const inline = equals === -1 ? undefined : word.slice(equals + 1);
  const next = argv[index + 1];
  const value = inline ?? (next?.startsWith('--') ? undefined : next);
  if (value === undefined || value === '') throw CliArgumentsError.missingValue(name);
  return { name, value, width: inline === undefined ? 2 : 1 };
}

/**
 * Splits a command line into positional words and options. An option is `--name value` or `--name=value`; a name
 * in `booleanFlags` is a switch (`--dry-run`) and takes no value. After a bare `--` every word is positional, so a
 * file called `--notes.csv` can still be named.
 *
 * @throws CliArgumentsError when an option lacks its value, a switch has one, or an option is given twice.
 */
export function parseArguments(argv: readonly string[], booleanFlags: readonly string[] = []): CliArguments {
  const switches = new Set(booleanFlags);
  const positional: string[] = [];
  // A Map, so that an option called `__proto__` or `constructor` is an option like any other.
  const flags = new Map<string, string | true>();
  let index = 0;
  while (index < argv.length) {
    const word = argv[index]!;
    if (word === '--') {
      positional.push(...argv.slice(index + 1));
      break;
    }
    if (!word.startsWith('--')) {
      positional.push(word);
      index += 1;
      continue;
    }
    const option = readOption(argv, index, switches);
    if (flags.has(option.name)) throw CliArgumentsError.repeated(option.name);
    flags.set(option.name, option.value);
    index += option.width;
  }
  return { positional, flags: Object.fromEntries(flags) };
}

/** An option's value, or undefined when it was not given; asking a switch for a value is an error naming it. */
export function stringFlag(args: CliArguments, name: string): string | undefined {
  const value = Object.hasOwn(args.flags, name) ? args.flags[name] : undefined;
  if (value === true) throw CliArgumentsError.missingValue(name);
  return value;
}

/**
 * Refuses an option the command does not have, so a typo (`--limt 5`) is an error instead of being ignored.
 *
 * @throws CliArgumentsError naming the option and the command's options.
 */
export function assertKnownOptions(args: CliArguments, command: string, known: readonly string[]): void {
  const unknown = Object.keys(args.flags).find((name) => !known.includes(name));
  if (unknown !== undefined) throw CliArgumentsError.unknown(unknown, command, known);
}
