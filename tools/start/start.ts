import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { KoersConfig, childEnvironment, loadConfig } from '@koers/config';
import { DatabaseHandle, openDatabase, runMigrations } from '@koers/db';
import { ManagedProcess } from './managed-process';
import { clearStaleChildren, forgetChildren, recordChildren } from './stale-processes';
import { waitForHttp } from './wait-for-http';

// `npm start`: the whole product in one command. Database (embedded or DATABASE_URL) → migrations → build →
// API → ETL scheduler → dashboard. Ctrl-C stops them in reverse order and then the embedded database.

const log = (line: string) => console.log(`[koers] ${line}`);

function build(config: KoersConfig): void {
  log('Building the API, the ETL and the dashboard (cached after the first time) …');
  const nx = join(config.workspaceRoot, 'node_modules', '.bin', 'nx');
  const result = spawnSync(nx, ['run-many', '-t', 'build', '-p', 'api,etl,dashboard', '--outputStyle=stream'], {
    cwd: config.workspaceRoot,
    env: childEnvironment({}),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('The build failed; see the output above.');
}

function processes(config: KoersConfig, databaseUrl: string): ManagedProcess[] {
  const root = config.workspaceRoot;
  const env = childEnvironment({ DATABASE_URL: databaseUrl, API_URL: config.dashboard.apiUrl });
  // The dashboard's own server around Next.js (it settles the visitor's address from the socket and sets the
  // security headers), on the build of `next build`; it reads PORT and DASHBOARD_HOST like `next start` would.
  const dashboardArgs = [join(root, 'tools/scripts/run-ts.cjs'), 'apps/dashboard/src/server/dashboard-server.ts'];
  return [
    new ManagedProcess('api', process.execPath, [join(root, 'tools/scripts/run-dist.cjs'), 'api'], env, root),
    new ManagedProcess('etl', process.execPath, [join(root, 'tools/scripts/run-dist.cjs'), 'etl'], env, root),
    new ManagedProcess('dashboard', process.execPath, dashboardArgs, { ...env, NODE_ENV: 'production' }, root),
  ];
}

async function stopAll(children: ManagedProcess[], database: DatabaseHandle, config: KoersConfig): Promise<void> {
  for (const child of [...children].reverse()) await child.stop();
  forgetChildren(config.home);
  await database.release();
}

async function main(): Promise<void> {
  const config = loadConfig();
  clearStaleChildren(config.home);
  const database = await openDatabase(config, log);
  let children: ManagedProcess[] = [];
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log('Stopping …');
    await stopAll(children, database, config);
    log('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  try {
    const ran = await runMigrations(database.url);
    log(ran.length ? `Migrated the database: ${ran.join(', ')}.` : 'The database schema is up to date.');
    build(config);
    children = processes(config, database.url);
    for (const child of children) {
      child.start((code) => {
        log(`${child.name} stopped unexpectedly (exit code ${code}); stopping Koers.`);
        void shutdown(1);
      });
    }
    recordChildren(
      config.home,
      children.map((child) => child.pid ?? 0),
    );
    await waitForHttp(`http://127.0.0.1:${config.api.port}/api/v1/health`, 'The API');
    await waitForHttp(`http://127.0.0.1:${config.dashboard.port}/`, 'The dashboard');
    log(
      `Koers is running: dashboard http://localhost:${config.dashboard.port}/  ·  API http://localhost:${config.api.port}/api/v1  ·  Ctrl-C stops it.`,
    );
  } catch (error) {
    console.error(`[koers] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

main().catch((error: unknown) => {
  console.error(`[koers] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
