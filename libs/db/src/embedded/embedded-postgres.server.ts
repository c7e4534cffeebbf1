import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedDatabaseError } from './embedded-database.error';
import { EmbeddedState, isAlive, readState, withStateLock, writeState } from './embedded-state';
import { runAs, serverIsRunning, startServer, stopServer } from './pg-ctl';
import { PostgresBinaries, locatePostgresBinaries } from './postgres-binaries';
import { ServerAccount, reachableBy, resolveServerAccount } from './server-account';
import { freePort } from './free-port';

export interface EmbeddedOptions {
  /** Folder for the server's data and state (`.koers/` of the checkout by default). */
  readonly home: string;
  /** Database to create and connect to. */
  readonly database?: string;
  /** Extra server settings (`fsync=off` for throwaway test clusters). */
  readonly settings?: readonly string[];
  readonly log?: (line: string) => void;
}

/** A handle on the embedded server for one process. `release` stops it when no other process uses it. */
export interface EmbeddedDatabase {
  readonly url: string;
  readonly adminUrl: string;
  release(): Promise<void>;
}

const SERVER_SETTINGS = ["listen_addresses='127.0.0.1'", "unix_socket_directories=''"];

/**
 * Starts the embedded PostgreSQL server for `home`, or attaches to it when another Koers process (`npm start`,
 * the ETL CLI) already runs it. A server left running by a process that was killed is stopped and started anew.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const account = resolveServerAccount();
  const binaries = locatePostgresBinaries(account);
  const state = await withStateLock(options.home, () => bringUp(options, account, binaries, log));
  const database = options.database ?? 'koers';
  const adminUrl = urlOf(state, 'postgres');
  await ensureDatabaseExists(adminUrl, database);
  return {
    url: urlOf(state, database),
    adminUrl,
    release: () => withStateLock(options.home, () => leave(options.home, account, binaries, log)),
  };
}

async function bringUp(
  options: EmbeddedOptions,
  account: ServerAccount,
  binaries: PostgresBinaries,
  log: (line: string) => void,
): Promise<EmbeddedState> {
  const previous = readState(options.home);
  const dataDir = previous?.dataDir ?? chooseDataDir(options.home, account);
  const running = existsSync(join(dataDir, 'PG_VERSION')) && (await serverIsRunning(account, binaries, dataDir));
  const liveUsers = (previous?.users ?? []).filter(isAlive);
  if (running && previous && liveUsers.length > 0) {
    const state = { ...previous, users: [...liveUsers, process.pid] };
    writeState(options.home, state);
    return state;
  }
  if (running) {
    log(`Stopping a stale embedded PostgreSQL server left in ${dataDir} by a process that is gone.`);
    await stopServer(account, binaries, dataDir);
  }
  const credentials = previous ?? { user: 'koers', password: randomBytes(18).toString('base64url') };
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(account, binaries, dataDir, credentials, log);
  const port = await freePort(previous?.port);
  const started = await startServer(account, binaries, dataDir, port, [...SERVER_SETTINGS, ...(options.settings ?? [])]);
  if (started.code !== 0) {
    throw new EmbeddedDatabaseError(
      'START_FAILED',
      `The embedded PostgreSQL server did not start (see ${dataDir}/server.log):\n${started.output}`,
    );
  }
  log(`Embedded PostgreSQL ${binaries.version} is running on 127.0.0.1:${port} (data in ${dataDir}).`);
  const state: EmbeddedState = { dataDir, port, user: credentials.user, password: credentials.password, users: [process.pid] };
  writeState(options.home, state);
  return state;
}

async function leave(home: string, account: ServerAccount, binaries: PostgresBinaries, log: (line: string) => void): Promise<void> {
  const state = readState(home);
  if (!state) return;
  const others = state.users.filter((pid) => pid !== process.pid && isAlive(pid));
  if (others.length > 0) {
    writeState(home, { ...state, users: others });
    return;
  }
  await stopServer(account, binaries, state.dataDir);
  writeState(home, { ...state, users: [] });
  log('Embedded PostgreSQL server stopped.');
}

/**
 * The data lives in `home/postgres`. When we are root and the server account cannot reach the checkout (a home
 * folder of mode 0700, say), it goes to a folder under the system's temporary folder, named after `home`.
 */
function chooseDataDir(home: string, account: ServerAccount): string {
  const inHome = join(home, 'postgres');
  if (reachableBy(account, inHome)) return inHome;
  const id = createHash('sha256').update(home).digest('hex').slice(0, 16);
  const shared = join(tmpdir(), 'koers-embedded-postgres', `data-${id}`);
  mkdirSync(join(shared, '..'), { recursive: true, mode: 0o755 });
  if (!reachableBy(account, shared)) {
    throw new EmbeddedDatabaseError(
      'DATA_DIR_UNREACHABLE',
      `Neither ${inHome} nor ${shared} can be reached by the "${account.name}" account; set DATABASE_URL.`,
    );
  }
  return shared;
}

async function initialise(
  account: ServerAccount,
  binaries: PostgresBinaries,
  dataDir: string,
  credentials: { user: string; password: string },
  log: (line: string) => void,
): Promise<void> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = join(dataDir, '..', `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (!account.isSelf) {
    chownSync(dataDir, account.uid, account.gid);
    chownSync(passwordFile, account.uid, account.gid);
  }
  log(`Creating the embedded PostgreSQL cluster in ${dataDir} …`);
  try {
    const args = [
      '-D',
      dataDir,
      '-U',
      credentials.user,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
    ];
    const result = await runAs(account, binaries.initdb, args);
    if (result.code !== 0) throw new EmbeddedDatabaseError('INITDB_FAILED', `initdb failed for ${dataDir}:\n${result.output}`);
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function urlOf(state: EmbeddedState, database: string): string {
  return `postgres://${state.user}:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

async function ensureDatabaseExists(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
