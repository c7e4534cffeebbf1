/** Why a command line could not be read. */
export type CliArgumentsErrorCode = 'MISSING_VALUE' | 'UNEXPECTED_VALUE' | 'REPEATED_OPTION' | 'MISSING_NAME' | 'UNKNOWN_OPTION';

/** A command line that cannot be read; the message names the option and what to type instead. */
export class CliArgumentsError extends Error {
  constructor(
    readonly code: CliArgumentsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliArgumentsError';
  }

  static missingValue(name: string): CliArgumentsError {
    return new CliArgumentsError('MISSING_VALUE', `--${name} needs a value: --${name} VALUE or --${name}=VALUE`);
  }

  static unexpectedValue(name: string): CliArgumentsError {
    return new CliArgumentsError('UNEXPECTED_VALUE', `--${name} is a switch and takes no value: write --${name} alone`);
  }

  static repeated(name: string): CliArgumentsError {
    return new CliArgumentsError('REPEATED_OPTION', `--${name} is given more than once: give it once`);
  }

  static missingName(word: string): CliArgumentsError {
    return new CliArgumentsError('MISSING_NAME', `"${word}" is not an option: an option needs a name after --`);
  }

  static unknown(name: string, command: string, known: readonly string[]): CliArgumentsError {
    const options = known.length ? `its options are ${known.map((option) => `--${option}`).join(', ')}` : 'it takes no options';
    return new CliArgumentsError('UNKNOWN_OPTION', `--${name} is not an option of ${command}: ${options}`);
  }
}
