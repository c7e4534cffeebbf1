import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from '@koers/db';

// `npm start` as a user runs it: the whole product up, the dashboard forwarding to the API, Ctrl-C stopping
// everything, and the data still there on the next start.

const root = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
}

function startKoers(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'tools/start/start.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Koers is running')) resolve({ child, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`npm start ended with ${code} before it was running:\n${output}`)));
  });
}

async function waitFor(started: Started, text: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`"${text}" did not appear:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopKoers(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolve(code));
    started.child.kill('SIGINT');
  });
}

async function sql<T>(home: string, statement: string): Promise<T[]> {
  const database = await startEmbeddedDatabase({ home });
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
    await database.release();
  }
}

describe('npm start', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;
  let apiPort: number;
  let dashboardPort: number;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'koers-start-spec-'));
    chmodSync(home, 0o755);
    apiPort = await freePort();
    dashboardPort = await freePort();
    const inherited = { ...process.env };
    delete inherited['DATABASE_URL'];
    env = { ...inherited, KOERS_HOME: home, API_PORT: String(apiPort), PORT: String(dashboardPort), ETL_SCHEDULE: 'off' };
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('should serve the API and the dashboard, stop cleanly on Ctrl-C and keep the data for the next start', async () => {
    const first = await startKoers(env);
    const health = await (await fetch(`http://127.0.0.1:${apiPort}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: 'up' });
    const throughDashboard = await (await fetch(`http://127.0.0.1:${dashboardPort}/api/v1/health`)).json();
    expect(throughDashboard).toMatchObject({ status: 'ok', database: 'up' });
    const page = await (await fetch(`http://127.0.0.1:${dashboardPort}/`)).text();
    expect(page).toContain('Is Assen op koers?');
    const management = await (await fetch(`http://127.0.0.1:${dashboardPort}/beheer`)).text();
    expect(management).toContain('API en database zijn bereikbaar');

    // The ETL loads the bundled real snapshot into the empty database.
    const counts = async () =>
      (
        await sql<{ observations: string; runs: string }>(
          home,
          `SELECT (SELECT count(*) FROM observation) AS observations, (SELECT count(*) FROM etl_run) AS runs`,
        )
      )[0]!;
    const deadline = Date.now() + 120_000;
    while (Number((await counts()).observations) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    // Every part of the bundled data (CBS tables, files, voorbeelddata) is in before the count is taken.
    await waitFor(first, 'Bundled data loaded');
    const seeded = await counts();
    expect(Number(seeded.observations)).toBeGreaterThan(2000);
    expect(await stopKoers(first)).toBe(0);
    await expect(fetch(`http://127.0.0.1:${apiPort}/api/v1/health`)).rejects.toThrow();
    await expect(fetch(`http://127.0.0.1:${dashboardPort}/`)).rejects.toThrow();
    const state = JSON.parse(readFileSync(join(home, 'embedded-postgres.json'), 'utf8')) as { users: number[] };
    expect(state.users).toEqual([]);

    const second = await startKoers(env);
    await waitFor(second, 'Bundled snapshot not loaded: the database already holds observations');
    expect(await counts()).toEqual(seeded);
    expect(await stopKoers(second)).toBe(0);
  });
});
