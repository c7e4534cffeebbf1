/** Parsed command line: positional words and `--flag value` / `--flag=value` options. */
export interface CliArguments {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

export interface CliOutput {
  line(text: string): void;
  error(text: string): void;
}

export function parseArguments(argv: readonly string[]): CliArguments {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) flags[name] = inline;
    else if (next !== undefined && !next.startsWith('--')) flags[name] = argv[++i]!;
    else flags[name] = true;
  }
  return { positional, flags };
}

/** A flag's value, or undefined; a flag given without a value is an error naming it. */
export function stringFlag(args: CliArguments, name: string): string | undefined {
  const value = args.flags[name];
  if (value === true) throw new Error(`--${name} needs a value`);
  return value;
}
