import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { ApiOptions } from '../../apps/api/src/api-options';
import { type Percentiles, percentiles } from '../bench-support';
import type { ProcessStats } from './process-stats';

const root = join(__dirname, '..', '..');

export interface ApiProcess {
  readonly base: string;
  readonly pid: number;
  /** CPU, GC and event-loop figures of the process since the last call (./process-stats.ts). */
  stats(): Promise<ProcessStats>;
  stop(): void;
}

/** The API in a child process on a free loopback port (createApp, one process, the options given). */
export function startApi(url: string, options: Partial<ApiOptions>, nodeFlags: readonly string[] = []): Promise<ApiProcess> {
  const child = spawn(
    process.execPath,
    [...nodeFlags, join(root, 'tools/scripts/run-ts.cjs'), 'bench/api/serve-api.ts', url, JSON.stringify(options)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const stats = () =>
    new Promise<ProcessStats>((resolve) => {
      child.once('message', (message) => resolve(message as ProcessStats));
      child.send('stats');
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`API exited with ${code}`)));
    child.stdout!.once('data', (chunk: Buffer) =>
      resolve({ base: `http://127.0.0.1:${chunk.toString().trim()}`, pid: child.pid!, stats, stop: () => child.kill('SIGTERM') }),
    );
  });
}

/** A server in a child process that prints its port on its first line: its base URL, and how to stop it. */
export function startPrintingPort(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  ready = /^(\d+)$/m,
): Promise<{ base: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [join(root, 'tools/scripts/run-ts.cjs'), ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}: ${output.slice(-2000)}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = ready.exec(output)?.[1];
      if (port === undefined) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      child.removeAllListeners('exit');
      const stop = () =>
        new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM'))));
      resolve({ base: `http://127.0.0.1:${port}`, stop });
    });
  });
}

/** A sink that counts bytes and throws them away. */
export function byteCounter(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      sink.bytes += chunk.length;
      callback();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

/** Seconds and bytes to fetch a URL to the last byte. */
export function download(url: string): Promise<{ seconds: number; bytes: number; status: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    request(url, (response) => {
      const sink = byteCounter();
      pipeline(response, sink).then(
        () => resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes: sink.bytes, status: response.statusCode ?? 0 }),
        reject,
      );
    })
      .on('error', reject)
      .end();
  });
}

/** Seconds and bytes of a `COPY … TO STDOUT` with the same transaction-local settings the API binds. */
export async function timeCopy(
  pool: Pool,
  sql: string,
  settings: Readonly<Record<string, string>>,
): Promise<{ seconds: number; bytes: number }> {
  const client = await pool.connect();
  try {
    const started = process.hrtime.bigint();
    await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const names = Object.keys(settings);
    await client.query('SELECT set_config(name, value, true) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [
      names,
      names.map((n) => settings[n]!),
    ]);
    const sink = byteCounter();
    await pipeline(client.query(copyTo(sql)), sink);
    await client.query('COMMIT');
    return { seconds: Number(process.hrtime.bigint() - started) / 1e9, bytes: sink.bytes };
  } finally {
    client.release();
  }
}

/** Latency of running a set of queries in sequence, `rounds` times, as one response would. */
export async function timeQueries(
  pool: Pool,
  queries: readonly { sql: string; params: unknown[] }[],
  rounds: number,
): Promise<Percentiles> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    for (const query of queries) await pool.query(query.sql, query.params);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return percentiles(times);
}

/** One memory line of a process's /proc status (Linux), in MiB; null elsewhere. */
function procStatusMib(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Peak resident memory of a process since the last reset (Linux), in MiB; null elsewhere. */
export function peakRssMib(pid: number): number | null {
  return procStatusMib(pid, 'VmHWM');
}

/** Resident memory of a process now (Linux), in MiB; null elsewhere. */
export function rssMib(pid: number): number | null {
  return procStatusMib(pid, 'VmRSS');
}

/** Resets the peak (Linux `clear_refs` 5), so the next reading is the peak of what follows. */
export function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not Linux, or not allowed: the peak then covers the whole run
  }
}
