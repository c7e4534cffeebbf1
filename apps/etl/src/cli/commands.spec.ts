import { parseArguments } from '@koers/cli';
import { CLI_COMMANDS, CLI_SWITCHES } from './commands';

describe('CLI_COMMANDS', () => {
  it.each(CLI_COMMANDS.map((command) => [command.name, command] as const))('should show every switch and option of %s in its usage when listed', (_name, command) => {
    for (const flag of command.booleanFlags) expect(command.usage).toContain(`[--${flag}]`);
    for (const option of command.valueOptions) expect(command.usage).toMatch(new RegExp(`\\[--${option} [^\\]]+\\]`));
  });

  it('should know each switch once when the commands are read together', () => {
    expect([...CLI_SWITCHES].sort()).toEqual(['all-regions', 'dry-run', 'force', 'json']);
  });

  it.each([
    ['import', ['import', 'vacancy', '--dry-run', 'f.csv', '--json'], ['import', 'vacancy', 'f.csv'], { 'dry-run': true, json: true }],
    ['run', ['run', 'cbs', '--force', '--table', '85039NED', '--all-regions'], ['run', 'cbs'], { force: true, table: '85039NED', 'all-regions': true }],
    ['status', ['status', '--limit=5'], ['status'], { limit: '5' }],
  ])('should keep the word after a switch positional when %s is read', (_name, argv, positional, flags) => {
    expect(parseArguments(argv, CLI_SWITCHES)).toEqual({ positional, flags });
  });
});
