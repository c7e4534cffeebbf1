import { Agent, request } from 'node:http';
import { percentiles } from './bench-support';

// The open-loop load client of bench/api and bench/dashboard. Request i is due at start + i / rate whatever the
// answers before it did (a closed-loop client such as autocannon waits for a free connection, so a slow server
// slows the client down and hides its own queue: "coordinated omission"). Latency is counted from the time a
// request was due, not from when it could be sent, so a client or server that falls behind shows it. Connections
// are kept alive and opened as needed up to `maxSockets`; a request that finds none free waits, and that wait
// counts too.

export interface OpenLoopOptions {
  /** Every request asks this URL, or the next of these in turn. */
  readonly urls: readonly string[];
  readonly rate: number;
  readonly seconds: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Status codes that count as answered (default 200). */
  readonly okStatuses?: readonly number[];
  /** A request unanswered after this long counts as an error (default 10 s). */
  readonly timeoutMs?: number;
  readonly maxSockets?: number;
}

export interface OpenLoopResult {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly sent: number;
  readonly answered: number;
  readonly errors: number;
  /** The statuses and error codes of the requests that failed, counted. */
  readonly failures: Readonly<Record<string, number>>;
  /** Requests answered per second over the run. */
  readonly achievedRate: number;
  /** How late the client itself sent, p95 (ms): above a millisecond or two the client is part of the figure. */
  readonly sendLagP95: number;
  readonly bytes: number;
}

interface Sample {
  readonly latency: number;
  readonly lag: number;
}

const nowMs = () => performance.now();

function one(
  url: string,
  agent: Agent,
  headers: Readonly<Record<string, string>>,
  timeoutMs: number,
): Promise<{ status: number | string; bytes: number }> {
  return new Promise((resolve) => {
    const req = request(url, { agent, headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code ?? 'response error', bytes }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: error.code ?? 'request error', bytes: 0 }));
    req.end();
  });
}

/** Sends `rate` requests a second for `seconds`, on schedule, and reports latency from each request's due time. */
export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const { urls, rate, seconds } = options;
  const ok = new Set(options.okStatuses ?? [200]);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 512 });
  const total = Math.round(rate * seconds);
  const samples: Sample[] = [];
  const failures: Record<string, number> = {};
  let bytes = 0;
  let sent = 0;
  const inFlight: Promise<void>[] = [];
  const start = nowMs() + 50;
  while (sent < total) {
    const due = start + (sent * 1000) / rate;
    const wait = due - nowMs();
    // Sleep until the next request is due; setTimeout is coarse (≈1 ms), so the last stretch is a yield.
    if (wait > 2) await new Promise((resolve) => setTimeout(resolve, wait - 1));
    else if (wait > 0) await new Promise((resolve) => setImmediate(resolve));
    // Send every request that is due by now (after a late wake-up, several at once, each with its own due time).
    while (sent < total && start + (sent * 1000) / rate <= nowMs()) {
      const dueAt = start + (sent * 1000) / rate;
      const lag = nowMs() - dueAt;
      const url = urls[sent % urls.length]!;
      sent++;
      inFlight.push(
        one(url, agent, options.headers ?? {}, options.timeoutMs ?? 10_000).then((answer) => {
          bytes += answer.bytes;
          if (typeof answer.status === 'number' && ok.has(answer.status)) samples.push({ latency: nowMs() - dueAt, lag });
          else failures[String(answer.status)] = (failures[String(answer.status)] ?? 0) + 1;
        }),
      );
    }
  }
  await Promise.all(inFlight);
  const elapsed = (nowMs() - start) / 1000;
  agent.destroy();
  const spread = percentiles(samples.map((s) => s.latency));
  const errors = Object.values(failures).reduce((sum, n) => sum + n, 0);
  return {
    p50: spread.p50,
    p95: spread.p95,
    p99: spread.p99,
    max: spread.max,
    sent,
    answered: samples.length,
    errors,
    failures,
    achievedRate: samples.length / elapsed,
    sendLagP95: percentiles(samples.map((s) => s.lag)).p95,
    bytes,
  };
}

/** One table row's cells for a result: p50, p95, p99, max (ms), answered/sent, errors. */
export function resultCells(result: OpenLoopResult): string[] {
  const ms = (value: number) => value.toFixed(1);
  const failures = Object.entries(result.failures)
    .map(([status, n]) => `${n}× ${status}`)
    .join(', ');
  return [
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    ms(result.max),
    `${result.answered.toLocaleString('en')}/${result.sent.toLocaleString('en')}`,
    result.errors === 0 ? '0' : `${result.errors} (${failures})`,
  ];
}
