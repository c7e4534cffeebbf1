import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { EmbeddedDatabaseError } from './embedded-database.error';

/**
 * The operating-system account the PostgreSQL server runs as. PostgreSQL refuses to run as root, so as root
 * (as CI runs) the server runs as a `postgres` account, created when missing; otherwise as ourselves.
 */
export interface ServerAccount {
  readonly name: string;
  readonly uid: number;
  readonly gid: number;
  readonly isSelf: boolean;
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}

export function resolveServerAccount(): ServerAccount {
  const uid = process.getuid?.() ?? -1;
  if (uid !== 0) return { name: 'self', uid, gid: process.getgid?.() ?? -1, isSelf: true };
  const name = 'postgres';
  try {
    return { name, uid: idOf('-u', name), gid: idOf('-g', name), isSelf: false };
  } catch {
    // No such account yet: create a system account without a login, as a package manager would.
  }
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', name], { stdio: 'pipe' });
    return { name, uid: idOf('-u', name), gid: idOf('-g', name), isSelf: false };
  } catch (error) {
    throw new EmbeddedDatabaseError(
      'ACCOUNT_UNAVAILABLE',
      `Running as root, the embedded PostgreSQL server needs a "postgres" account and it could not be created ` +
        `(${(error as Error).message}). Create it, run as an ordinary user, or set DATABASE_URL.`,
    );
  }
}

/** Whether `account` can reach `path`: every folder above it must be searchable for that account. */
export function reachableBy(account: ServerAccount, path: string): boolean {
  if (account.isSelf) return true;
  let dir = dirname(path);
  for (;;) {
    const stat = statSync(dir);
    const searchable =
      stat.uid === account.uid
        ? (stat.mode & 0o100) !== 0
        : stat.gid === account.gid
          ? (stat.mode & 0o010) !== 0
          : (stat.mode & 0o001) !== 0;
    if (!searchable) return false;
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}
