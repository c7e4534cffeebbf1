import type { CliOutput } from './cli-output';

/** The console: results on stdout, messages to the person on stderr. */
const CONSOLE_OUTPUT: CliOutput = { line: (text) => console.log(text), error: (text) => console.error(text) };

/**
 * Runs a command line's `main` on the process's arguments and exits with the code it returns. An error that
 * escapes it is printed as its message alone (exit 1): the person at the terminal gets no stack trace.
 */
export function runCommandLine(main: (argv: readonly string[], out: CliOutput) => Promise<number>): void {
  main(process.argv.slice(2), CONSOLE_OUTPUT).then(
    (code) => process.exit(code),
    (error: unknown) => {
      CONSOLE_OUTPUT.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
