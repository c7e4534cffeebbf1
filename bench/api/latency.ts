import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLoop, type OpenLoopResult } from '../open-loop';
import { type ApiProcess, startPrintingPort } from './measure';
import type { ProcessStats } from './process-stats';

// The API's cached answers under an open-loop load, next to the limit on the same machine: a bare node:http
// server in its own process answering the same bytes with the same headers.

export interface Server {
  readonly label: string;
  readonly base: string;
  stop(): Promise<void>;
}

/** The API as `npm start` runs it (main.ts, API_WORKERS processes on one port), on a free port, with no rate limit in the way. */
export async function startMainApi(databaseUrl: string, workers: number, port: number): Promise<Server> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    API_PORT: String(port),
    API_WORKERS: String(workers),
    API_RATE_LIMIT: '100000000',
    API_RATE_WINDOW_SECONDS: '1',
  };
  const api = await startPrintingPort(['apps/api/src/main.ts'], env, /listening on http:\/\/127\.0\.0\.1:(\d+)/);
  return {
    label: workers === 1 ? 'API, 1 process (`API_WORKERS=1`)' : `API, ${workers} processes (\`API_WORKERS=${workers}\`, one per core)`,
    base: `${api.base}`,
    stop: api.stop,
  };
}

/** Headers of one connection or one moment, not of the answer. */
const NOT_COPIED = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
]);

/** A bare node:http server that answers every request with the bytes and headers the API gave for `url`. */
export async function startBareCopy(url: string): Promise<Server> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !NOT_COPIED.has(name)));
  const dir = mkdtempSync(join(tmpdir(), 'koers-bare-'));
  writeFileSync(join(dir, 'body'), body);
  const bare = await startPrintingPort(['bench/api/bare-server.ts', join(dir, 'body'), JSON.stringify(headers)]);
  return {
    label: 'bare `node:http`, 1 process, the same bytes and headers',
    base: bare.base,
    stop: async () => {
      await bare.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A short warm-up (JIT, the first computation, connections), then `rate` requests a second for `seconds`. */
export async function underLoad(url: string, rate: number, seconds: number): Promise<OpenLoopResult> {
  await openLoop({ urls: [url], rate: Math.min(rate, 200), seconds: 3 });
  return openLoop({ urls: [url], rate, seconds });
}

/** The load on one API process with what it spent meanwhile: CPU per request, GC pauses, event-loop delay. */
export async function profiledLoad(
  api: ApiProcess,
  path: string,
  rate: number,
  seconds: number,
): Promise<{ load: OpenLoopResult; stats: ProcessStats }> {
  await openLoop({ urls: [`${api.base}${path}`], rate: Math.min(rate, 200), seconds: 3 });
  await api.stats();
  const load = await openLoop({ urls: [`${api.base}${path}`], rate, seconds });
  return { load, stats: await api.stats() };
}
