import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findWorkspaceRoot } from '@koers/config';
import request from 'supertest';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';

const run = promisify(execFile);

interface LintProblem {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  readonly location: readonly { readonly pointer: string }[];
}

/** `redocly lint` (the repo's redocly.yaml: the recommended rules) of a document, its problems as JSON. */
async function redoclyLint(documentFile: string): Promise<LintProblem[]> {
  const root = findWorkspaceRoot();
  const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  // No telemetry and no update check: the test reaches no network.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' };
  const args = [cli, 'lint', documentFile, '--config', join(root, 'redocly.yaml'), '--format', 'json', '--max-problems', '1000'];
  // It exits 1 when there are errors; the problems are on stdout either way.
  const output = await run(process.execPath, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  return (JSON.parse(output.stdout) as { problems: LintProblem[] }).problems;
}

describe('the served OpenAPI document under @redocly/cli lint', () => {
  let api: E2eApi;
  let folder: string;
  beforeAll(async () => {
    api = await startE2eApi({ empty: true });
    folder = mkdtempSync(join(tmpdir(), 'koers-openapi-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await api.close();
  });

  it('should report no error and no warning when the document the API serves is linted', async () => {
    const document = (await request(api.server).get('/api/v1/openapi.json').expect(200)).body;
    const file = join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const problems = await redoclyLint(file);
    expect(problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`)).toEqual([]);
  }, 120_000);

  it('should find the problem when a document breaks a rule, so a clean result means something', async () => {
    const file = join(folder, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1.0.0' }, paths: { '/a': { get: { responses: {} } } } }),
    );
    const problems = await redoclyLint(file);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)).toEqual(expect.arrayContaining(['no-empty-servers']));
  }, 120_000);
});
