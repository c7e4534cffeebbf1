import { runCommandLine } from './cli-main';

describe('runCommandLine', () => {
  const argv = process.argv;
  let exit: jest.SpyInstance;
  let stderr: jest.SpyInstance;

  beforeEach(() => {
    exit = jest.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    stderr = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    process.argv = argv;
    jest.restoreAllMocks();
  });

  /** Lets the promise chain runCommandLine starts settle. */
  const settled = () => new Promise((resolve) => setImmediate(resolve));

  it('should pass the words after the script and exit with the code main returns when main resolves', async () => {
    process.argv = ['node', 'cli.ts', 'keys', 'list'];
    const main = jest.fn(async () => 3);
    runCommandLine(main);
    await settled();
    expect(main).toHaveBeenCalledWith(
      ['keys', 'list'],
      expect.objectContaining({ line: expect.any(Function), error: expect.any(Function) }),
    );
    expect(exit).toHaveBeenCalledWith(3);
  });

  it('should print the message alone and exit 1 when main rejects', async () => {
    runCommandLine(async () => {
      throw new Error('database unreachable');
    });
    await settled();
    expect(stderr).toHaveBeenCalledWith('database unreachable');
    expect(exit).toHaveBeenCalledWith(1);
  });
});
