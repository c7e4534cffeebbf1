import type { CliOutput } from './cli-output';
import { type CliCommand, type CliProgram, readCommandLine, runProgram } from './cli-program';

interface Recorded {
  opened: number;
  closed: number;
  ran: string[];
}

function program(recorded: Recorded): CliProgram<string> {
  const command = (name: string, switches: string[], valueOptions: string[]): CliCommand<string> => ({
    name,
    usage: `${name} …`,
    summary: `does ${name}`,
    switches,
    valueOptions,
    run: async (context, args) => {
      recorded.ran.push(`${context}:${name}:${args.positional.join(',')}:${JSON.stringify(args.flags)}`);
      return 0;
    },
  });
  return {
    name: 'npm run test',
    commands: [command('keys', [], []), command('keys create', [], ['role']), command('run', ['dry-run'], ['table'])],
    open: async () => {
      recorded.opened += 1;
      return { context: 'ctx', close: async () => void (recorded.closed += 1) };
    },
  };
}

describe('a command line of commands', () => {
  const out = (): CliOutput & { errors: string[] } => {
    const errors: string[] = [];
    return { errors, line: () => undefined, error: (text) => errors.push(text) };
  };

  it('should choose the command with the most matching words and hand it only its own arguments', async () => {
    const recorded = { opened: 0, closed: 0, ran: [] };
    expect(await runProgram(program(recorded), ['keys', 'create', '--role', 'admin'], out())).toBe(0);
    expect(await runProgram(program(recorded), ['--dry-run', 'run', 'cbs', '--table', 'T1'], out())).toBe(0);
    expect(recorded).toEqual({
      opened: 2,
      closed: 2,
      ran: ['ctx:keys create::{"role":"admin"}', 'ctx:run:cbs:{"dry-run":true,"table":"T1"}'],
    });
  });

  it('should answer the usage with exit 2 and open nothing when the command is unknown or an option is not its own', async () => {
    const recorded = { opened: 0, closed: 0, ran: [] };
    const unknown = out();
    expect(await runProgram(program(recorded), ['rotate'], unknown)).toBe(2);
    expect(unknown.errors[0]).toContain('usage: npm run test -- <command>');
    const foreign = out();
    expect(await runProgram(program(recorded), ['keys', 'create', '--table', 'T1'], foreign)).toBe(2);
    expect(foreign.errors[0]).toMatch(/table/);
    expect(recorded.opened).toBe(0);
  });

  it('should list every command with its summary in the usage when the command line cannot be read', () => {
    const usage = readCommandLine(program({ opened: 0, closed: 0, ran: [] }), []);
    expect(usage).toEqual(expect.stringContaining('keys create …   does keys create'));
    expect(usage).toEqual(expect.stringContaining('run …           does run'));
  });
});
