import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedDatabaseError } from './embedded-database.error';

/** What `.koers/embedded-postgres.json` records about the embedded server, so other commands can attach. */
export interface EmbeddedState {
  readonly dataDir: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Processes using the server now; the last one to leave stops it. */
  readonly users: readonly number[];
}

export function statePath(home: string): string {
  return join(home, 'embedded-postgres.json');
}

export function readState(home: string): EmbeddedState | undefined {
  const path = statePath(home);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as EmbeddedState;
}

export function writeState(home: string, state: EmbeddedState): void {
  const path = statePath(home);
  // Written whole and renamed so a reader never sees half a file; it holds the password, so owner-only.
  writeFileSync(`${path}.tmp`, JSON.stringify(state, null, 2), { mode: 0o600 });
  renameSync(`${path}.tmp`, path);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockHolder(lockPath: string): number {
  try {
    return Number(readFileSync(lockPath, 'utf8')) || -1;
  } catch {
    return 0; // released between our attempt and this read: try again at once
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A lock file around every change to the server and its state, so `npm start` and a CLI started at the same
 * moment do not both start a server. A lock left by a process that died is taken over.
 */
export async function withStateLock<T>(home: string, work: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  mkdirSync(home, { recursive: true });
  const lockPath = join(home, 'embedded-postgres.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      const holder = lockHolder(lockPath);
      if (holder === 0) continue;
      if (holder > 0 && !isAlive(holder)) rmSync(lockPath, { force: true });
      else if (Date.now() > deadline) {
        throw new EmbeddedDatabaseError(
          'LOCK_TIMEOUT',
          `Another Koers process (pid ${holder}) holds ${lockPath}; try again when it has started.`,
        );
      } else await sleep(200);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockPath, { force: true });
  }
}
