/** Where a command writes: `line` for its result (stdout, to pipe on), `error` for messages to the person (stderr). */
export interface CliOutput {
  line(text: string): void;
  error(text: string): void;
}
