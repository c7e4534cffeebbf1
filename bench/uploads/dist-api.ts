import { execFileSync, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

// The API as production runs it: built to dist/ and started with tools/scripts/run-dist.cjs, in its own process,
// so its check workers start from the compiled libraries (not ts-node).

const root = join(__dirname, '..', '..');

export interface DistApi {
  readonly base: string;
  readonly pid: number;
  /** SIGTERM, then wait until the process has ended (before its database goes). */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function healthy(base: string): Promise<boolean> {
  return new Promise((resolve) => {
    request(`${base}/api/v1/health`, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    })
      .on('error', () => resolve(false))
      .end();
  });
}

export function buildApi(): void {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'apps/api/tsconfig.app.json'], {
    cwd: root,
    stdio: 'inherit',
  });
}

export async function startDistApi(databaseUrl: string, env: Record<string, string>, nodeFlags: readonly string[] = []): Promise<DistApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, join(root, 'tools/scripts/run-dist.cjs'), 'api'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, API_HOST: '127.0.0.1', API_PORT: String(port), API_RATE_LIMIT: '100000' },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    if (await healthy(base)) {
      const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      return { base, pid: child.pid!, stop: () => (child.kill('SIGTERM'), ended) };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not become healthy within 30 s');
}

/** POSTs `body` as JSON or one file as multipart/form-data; resolves with the status, headers and parsed body. */
export function post(
  url: string,
  how: { token?: string; json?: unknown; file?: { name: string; bytes: Buffer } },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: unknown; ms: number }> {
  const boundary = `koers${Date.now()}`;
  const payload = how.file
    ? Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${how.file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        how.file.bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
    : Buffer.from(JSON.stringify(how.json ?? {}));
  const headers = {
    'Content-Type': how.file ? `multipart/form-data; boundary=${boundary}` : 'application/json',
    'Content-Length': String(payload.length),
    ...(how.token ? { Authorization: `Bearer ${how.token}` } : {}),
  };
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const sent = request(url, { method: 'POST', headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text ? (JSON.parse(text) as unknown) : null,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        });
      });
    });
    sent.on('error', reject);
    sent.end(payload);
  });
}
