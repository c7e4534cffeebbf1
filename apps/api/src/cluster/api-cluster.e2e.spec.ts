import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { type TestDatabase, createMigratedTestDatabase, freePort } from '@koers/db/testing';
import { MUNICIPAL_FIXTURES_DIR } from '@koers/municipal-files/testing';
import { loadFixture } from '../test-support/load-fixture';

// The API as main.ts runs it on two cores (API_WORKERS=2): two processes on one port, each with its own cache.
// Each request below opens a new connection, and the cluster hands connections to the workers in turn, so both
// answer. With a data check of ten minutes, only the message between them can make both see an upload at once.

const root = join(__dirname, '..', '..', '..', '..');

/** Assen's office vacancy as every one of `times` fresh connections sees it. */
async function officeVacancyAnswers(base: string, times: number): Promise<(number | null)[]> {
  const one = () =>
    new Promise<number | null>((resolve, reject) => {
      request(`${base}/indicators/office-vacancy`, { agent: new Agent({ keepAlive: false }) }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve((JSON.parse(text) as { latest: { value: number } | null }).latest?.value ?? null));
      })
        .on('error', reject)
        .end();
    });
  const answers: (number | null)[] = [];
  for (let i = 0; i < times; i++) answers.push(await one());
  return answers;
}

describe('the API on every core', () => {
  const adminToken = `admin-${randomBytes(16).toString('hex')}`;
  let database: TestDatabase;
  let api: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    await loadFixture(database.url);
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      API_PORT: String(port),
      API_WORKERS: '2',
      API_DATA_CHECK_MS: '600000',
      KOERS_ADMIN_TOKEN: adminToken,
      KOERS_SEED: 'off',
    };
    api = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), 'apps/api/src/main.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    base = `http://127.0.0.1:${port}/api/v1`;
    for (let started = Date.now(); !output.includes('Koers API listening');) {
      if (Date.now() - started > 180_000 || api.exitCode !== null) throw new Error(`the API did not start:\n${output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }, 240_000);

  afterAll(async () => {
    if (api.exitCode === null) {
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    await database.drop();
  }, 60_000);

  it('should run two processes that both see an upload at once when one of them loads it', async () => {
    expect(output).toContain('2 API processes');
    expect(new Set(await officeVacancyAnswers(base, 8))).toEqual(new Set([null]));
    const form = new FormData();
    form.set('file', new Blob([readFileSync(join(MUNICIPAL_FIXTURES_DIR, 'ok/vacancy-comma.csv'))]), 'vacancy-comma.csv');
    const upload = await fetch(`${base}/uploads/vacancy`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(upload.status).toBe(201);
    // 59,700 of 398,000 m² of offices empty on 1 January 2024: 15%.
    expect(new Set(await officeVacancyAnswers(base, 8))).toEqual(new Set([15]));
  });

  it('should stop every process when asked to stop', async () => {
    const exited = new Promise<number | null>((resolve) => api.once('exit', (code) => resolve(code)));
    api.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
