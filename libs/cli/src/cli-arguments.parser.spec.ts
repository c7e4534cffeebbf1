import { CliArgumentsError, type CliArgumentsErrorCode } from './cli-arguments.exception';
import { type CliArguments, assertKnownOptions, parseArguments, stringFlag } from './cli-arguments.parser';

const SWITCHES = ['dry-run', 'force'];

describe('parseArguments', () => {
  it.each<[string, string[], CliArguments]>([
    ['nothing', [], { positional: [], flags: {} }],
    ['positional words in order', ['keys', 'revoke', 'koers_1a2b3c4d'], { positional: ['keys', 'revoke', 'koers_1a2b3c4d'], flags: {} }],
    ['--name value', ['run', 'cbs', '--table', '85039NED'], { positional: ['run', 'cbs'], flags: { table: '85039NED' } }],
    ['--name=value', ['keys', 'create', '--role=editor'], { positional: ['keys', 'create'], flags: { role: 'editor' } }],
    [
      '--name=value whose value holds a =',
      ['run', '--dimension=Geslacht=T001038'],
      { positional: ['run'], flags: { dimension: 'Geslacht=T001038' } },
    ],
    ['--name value whose value holds spaces', ['--name', 'first admin'], { positional: [], flags: { name: 'first admin' } }],
    ['a value that starts with one dash', ['--limit', '-5'], { positional: [], flags: { limit: '-5' } }],
    [
      'options before, between and after positional words',
      ['--by', 'ann', 'import', '--api=v4', 'vacancy'],
      { positional: ['import', 'vacancy'], flags: { by: 'ann', api: 'v4' } },
    ],
    [
      'a switch before a positional word, which it leaves alone',
      ['seed', '--force', 'extra'],
      { positional: ['seed', 'extra'], flags: { force: true } },
    ],
    [
      'a switch at the end',
      ['import', 'vacancy', 'f.csv', '--dry-run'],
      { positional: ['import', 'vacancy', 'f.csv'], flags: { 'dry-run': true } },
    ],
    [
      'two switches and an option',
      ['--dry-run', '--force', '--table', 'T'],
      { positional: [], flags: { 'dry-run': true, force: true, table: 'T' } },
    ],
    [
      'words after a bare -- as positional',
      ['import', '--', '--notes.csv', '--force'],
      { positional: ['import', '--notes.csv', '--force'], flags: {} },
    ],
    ['an option named like an Object member', ['--constructor', 'x'], { positional: [], flags: { constructor: 'x' } }],
  ])('should read %s when parsing', (_name, argv, expected) => {
    expect(parseArguments(argv, SWITCHES)).toEqual(expected);
  });

  it('should read every option as taking a value when no switches are named', () => {
    expect(parseArguments(['--force', 'now'])).toEqual({ positional: [], flags: { force: 'now' } });
  });

  it.each<[string, string[], CliArgumentsErrorCode, string]>([
    ['an option is the last word', ['keys', 'create', '--role'], 'MISSING_VALUE', '--role needs a value: --role VALUE or --role=VALUE'],
    ['another option follows an option', ['--table', '--force'], 'MISSING_VALUE', '--table needs a value: --table VALUE or --table=VALUE'],
    ['--name= is empty', ['--by='], 'MISSING_VALUE', '--by needs a value: --by VALUE or --by=VALUE'],
    ['the next word is empty', ['--by', ''], 'MISSING_VALUE', '--by needs a value: --by VALUE or --by=VALUE'],
    ['a switch has =value', ['--dry-run=false'], 'UNEXPECTED_VALUE', '--dry-run is a switch and takes no value: write --dry-run alone'],
    ['an option is given twice', ['--table', 'A', '--table=B'], 'REPEATED_OPTION', '--table is given more than once: give it once'],
    ['a switch is given twice', ['--force', '--force'], 'REPEATED_OPTION', '--force is given more than once: give it once'],
    ['an option has no name', ['--=x'], 'MISSING_NAME', '"--=x" is not an option: an option needs a name after --'],
  ])('should throw a clear error when %s', (_name, argv, code, message) => {
    const read = () => parseArguments(argv, SWITCHES);
    expect(read).toThrow(CliArgumentsError);
    expect(read).toThrow(expect.objectContaining({ code, message }));
  });
});

describe('stringFlag', () => {
  const args: CliArguments = { positional: [], flags: { table: 'T', force: true } };

  it.each<[string, string | undefined]>([
    ['table', 'T'],
    ['source', undefined],
    ['toString', undefined],
  ])('should give --%s as %p when asked', (name, expected) => {
    expect(stringFlag(args, name)).toBe(expected);
  });

  it('should throw naming the option when a switch is asked for a value', () => {
    expect(() => stringFlag(args, 'force')).toThrow(
      expect.objectContaining({ code: 'MISSING_VALUE', message: expect.stringContaining('--force needs a value') }),
    );
  });
});

describe('assertKnownOptions', () => {
  it('should accept a command line whose every option the command has', () => {
    expect(() => assertKnownOptions(parseArguments(['status', '--limit', '5'], []), 'status', ['limit', 'source'])).not.toThrow();
  });

  it.each([
    [['status', '--limt', '5'], ['limit', 'source'], '--limt is not an option of status: its options are --limit, --source'],
    [['seed', '--table', 'X'], [], '--table is not an option of seed: it takes no options'],
  ])('should name the unknown option and the real ones for %j', (argv, known, message) => {
    expect(() => assertKnownOptions(parseArguments(argv, []), argv[0]!, known)).toThrow(new CliArgumentsError('UNKNOWN_OPTION', message));
  });
});
