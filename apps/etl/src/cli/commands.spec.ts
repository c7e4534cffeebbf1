import { type CliProgram, readCommandLine } from '@koers/cli';
import type { INestApplicationContext } from '@nestjs/common';
import { ETL_COMMANDS } from './commands';

// The command line as `npm run etl` reads it; nothing is opened, so `open` is never reached.
const program: CliProgram<INestApplicationContext> = {
  name: 'npm run etl',
  commands: ETL_COMMANDS,
  open: () => Promise.reject(new Error('not opened')),
};

describe('ETL_COMMANDS', () => {
  it.each(ETL_COMMANDS.map((command) => [command.name, command] as const))(
    'should show every switch and option of %s in its usage when listed',
    (_name, command) => {
      for (const flag of command.switches) expect(command.usage).toContain(`[--${flag}]`);
      for (const option of command.valueOptions) expect(command.usage).toMatch(new RegExp(`\\[--${option} [^\\]]+\\]`));
    },
  );

  it.each([
    ['import', ['import', 'vacancy', '--dry-run', 'f.csv', '--json'], ['vacancy', 'f.csv'], { 'dry-run': true, json: true }],
    [
      'run',
      ['run', 'cbs', '--force', '--table', '85039NED', '--all-regions'],
      ['cbs'],
      { force: true, table: '85039NED', 'all-regions': true },
    ],
    ['status', ['status', '--limit=5'], [], { limit: '5' }],
  ])('should keep the word after a switch positional when %s is read', (name, argv, positional, flags) => {
    expect(readCommandLine(program, argv)).toEqual({
      command: ETL_COMMANDS.find((command) => command.name === name),
      args: { positional, flags },
    });
  });
});
