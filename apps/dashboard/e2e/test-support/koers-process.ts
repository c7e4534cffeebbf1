import type { CreatedApiKeyResponse } from '@koers/api-contracts';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Starts the product as `npm start` does (tools/start/start.ts in a child process) with its own ports and home,
// waits for "Koers is running" and for the bundled snapshot, and stops it with SIGINT like Ctrl-C. A fresh
// KOERS_ADMIN_TOKEN (the API's first admin key) is given to it, so tests can sign in as an administrator.

export const root = join(__dirname, '..', '..', '..', '..');

export interface Koers {
  readonly dashboard: string;
  readonly api: string;
  /** The KOERS_ADMIN_TOKEN the product runs with: a bearer key with the role admin. */
  readonly adminToken: string;
  /** A new bearer key with this role, made by the admin through the API (`POST /auth/keys`). */
  createKey(role: 'viewer' | 'editor' | 'admin', name: string): Promise<string>;
  stop(): Promise<void>;
}

async function createKey(api: string, adminToken: string, role: string, name: string): Promise<string> {
  const created = await fetch(`${api}/auth/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role, name }),
  });
  if (created.status !== 201) throw new Error(`POST /auth/keys answered ${created.status}: ${await created.text()}`);
  return ((await created.json()) as CreatedApiKeyResponse).key;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(output: () => string, text: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!output().includes(text)) {
    if (exited()) throw new Error(`npm start ended before "${text}":\n${output().slice(-4000)}`);
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear:\n${output().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The API checks the data version at most once a second (API_DATA_CHECK_MS), so an answer computed while the ETL
 * was still importing may be served for that long after the import's log line: wait until the API itself shows
 * the last demo file's figures.
 */
async function waitForApiToSeeDemoData(api: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${api}/indicators/office-vacancy`);
    const detail = response.ok ? ((await response.json()) as { lineage: { uploadedFile: unknown }[] }) : undefined;
    if (detail?.lineage.some((entry) => entry.uploadedFile !== null)) return;
    if (Date.now() > deadline) throw new Error(`the API did not show the demo vacancy file's figures within ${timeoutMs} ms`);
    // A product started with a small API_RATE_LIMIT may refuse this poll for a while; that is no failure.
    const retryAfterMs = response.status === 429 ? Number(response.headers.get('retry-after') ?? '1') * 1000 : 0;
    await new Promise((resolve) => setTimeout(resolve, Math.max(250, retryAfterMs)));
  }
}

/**
 * Settings the product starts with beside the test's own ports, home and admin key (e.g. a small API_RATE_LIMIT;
 * API_PORT and API_URL to put something between the dashboard and the API).
 */
export interface KoersOptions {
  readonly env?: Readonly<Record<string, string>>;
  /**
   * Whether the bundled voorbeelddata load (the default install: yes). Without them the start is done when the
   * seeder says they are left out, as it does for a municipality they are not about (KOERS_DEMO_FILES off).
   */
  readonly demoFiles?: boolean;
}

export async function startKoers(options: KoersOptions = {}): Promise<Koers> {
  const home = mkdtempSync(join(tmpdir(), 'koers-dashboard-e2e-'));
  chmodSync(home, 0o755);
  const apiPort = Number(options.env?.['API_PORT'] ?? (await freePort()));
  const dashboardPort = await freePort();
  const adminToken = `koers-e2e-${randomBytes(16).toString('hex')}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KOERS_HOME: home,
    API_PORT: String(apiPort),
    PORT: String(dashboardPort),
    ETL_SCHEDULE: 'off',
    KOERS_ADMIN_TOKEN: adminToken,
  };
  delete env['DATABASE_URL'];
  delete env['API_URL'];
  Object.assign(env, options.env);
  const child: ChildProcess = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'tools/start/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited = false;
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', () => (exited = true));
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(home, { recursive: true, force: true });
        resolve();
      };
      if (exited) return done();
      child.on('exit', done);
      child.kill('SIGINT');
    });
  try {
    const ended = () => exited;
    await waitFor(() => output, 'Koers is running', 600_000, ended);
    await waitFor(() => output, 'Snapshot 84799NED: succeeded', 180_000, ended);
    if (options.demoFiles === false) {
      await waitFor(() => output, 'the voorbeelddata files are left out', 180_000, ended);
    } else {
      await waitFor(() => output, 'vacancy-assen-voorbeelddata.csv: loaded', 180_000, ended);
      await waitForApiToSeeDemoData(`http://127.0.0.1:${apiPort}/api/v1`, 90_000);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const api = `http://127.0.0.1:${apiPort}/api/v1`;
  return {
    dashboard: `http://127.0.0.1:${dashboardPort}`,
    api,
    adminToken,
    createKey: (role, name) => createKey(api, adminToken, role, name),
    stop,
  };
}
