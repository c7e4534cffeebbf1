import { spawn } from 'node:child_process';
import { PostgresBinaries } from './postgres-binaries';
import { ServerAccount } from './server-account';

export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

/** Runs one PostgreSQL program as the server account and collects what it printed. */
export function runAs(account: ServerAccount, program: string, args: readonly string[]): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      ...(account.isSelf ? {} : { uid: account.uid, gid: account.gid }),
      // A neutral working folder: the server account may not be able to enter ours.
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** `pg_ctl status`: 0 running, 3 not running, 4 no valid data folder. */
export async function serverIsRunning(account: ServerAccount, binaries: PostgresBinaries, dataDir: string): Promise<boolean> {
  const { code } = await runAs(account, binaries.pgCtl, ['status', '-D', dataDir]);
  return code === 0;
}

export async function stopServer(account: ServerAccount, binaries: PostgresBinaries, dataDir: string): Promise<void> {
  // Fast shutdown: open sessions are rolled back and the server stops cleanly without waiting for clients.
  await runAs(account, binaries.pgCtl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
}

export async function startServer(
  account: ServerAccount,
  binaries: PostgresBinaries,
  dataDir: string,
  port: number,
  extraSettings: readonly string[],
): Promise<CommandResult> {
  const options = ['-p', String(port), ...extraSettings.flatMap((setting) => ['-c', setting])].join(' ');
  return runAs(account, binaries.pgCtl, ['start', '-D', dataDir, '-w', '-t', '60', '-l', `${dataDir}/server.log`, '-o', options]);
}
