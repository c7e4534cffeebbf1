import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

// What is measured around an upload: an open-loop /health probe (a request every interval whether or not the last
// one answered, so a blocked event loop shows as the wait it causes) and the API process's resident memory.

export interface ProbeResult {
  readonly sent: number;
  readonly latenciesMs: number[];
  readonly maxMs: number;
}

/** The probe's own thread (plain JavaScript), so the bench's own work, sending a 10 MB upload, cannot delay it. */
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { request } = require('node:http');
const pending = [];
const get = () => new Promise((resolve, reject) => {
  const started = process.hrtime.bigint();
  request(workerData.url, { agent: false }, (response) => {
    response.resume();
    response.on('end', () => resolve(Number(process.hrtime.bigint() - started) / 1e6));
  }).on('error', reject).end();
});
const timer = setInterval(() => pending.push(get()), workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  Promise.all(pending).then((latencies) => parentPort.postMessage(latencies), (error) => parentPort.postMessage(String(error)));
});
`;

/** Sends GET `url` every `intervalMs` until stopped; resolves with every latency once all have answered. */
export function startProbe(url: string, intervalMs = 50): { stop: () => Promise<ProbeResult> } {
  const worker = new Worker(PROBE_SOURCE, { eval: true, workerData: { url, intervalMs } });
  return {
    stop: () =>
      new Promise<ProbeResult>((resolve, reject) => {
        worker.once('message', (answer: number[] | string) => {
          void worker.terminate();
          if (typeof answer === 'string') reject(new Error(`/health probe: ${answer}`));
          else resolve({ sent: answer.length, latenciesMs: answer, maxMs: Math.max(0, ...answer) });
        });
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}

/** Resident memory of a process (Linux /proc), in MiB. */
export function rssMib(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

/** Samples a process's RSS every `intervalMs`, keeping the peak. */
export function startRssSampler(pid: number, intervalMs = 25): { stop: () => { startMib: number; peakMib: number } } {
  const startMib = rssMib(pid);
  let peakMib = startMib;
  const timer = setInterval(() => (peakMib = Math.max(peakMib, rssMib(pid))), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { startMib, peakMib: Math.max(peakMib, rssMib(pid)) };
    },
  };
}
