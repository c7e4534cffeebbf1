import { cpus, loadavg } from 'node:os';

// What every benchmark under bench/ shares: percentiles, the machine line that opens its section of
// docs/benchmarks.md, and how a script ends. The throwaway database is in bench-database.ts.

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly count: number;
}

/** p50, p95, p99 and the largest of the samples (nearest rank). */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN, count: sorted.length };
}

/** "Measured <date> on <n> cores (<CPU>), Node <version>": the start of every section. */
export function measuredOn(): string {
  // The load average says how busy the machine was with other work: on 2 cores, a load of 2 or more skews latency.
  const load = loadavg()[0]!.toFixed(1);
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${load} at the start`;
}

/** The 1-minute load average now: other work on the machine competes with what is measured. */
export function machineLoad(): number {
  return loadavg()[0] ?? NaN;
}

/** "1-minute load average 0.8–3.1 while these ran (2 cores)": how busy the machine was around a set of measurements. */
export function loadLine(samples: readonly number[]): string {
  const [low, high] = [Math.min(...samples), Math.max(...samples)];
  return `1-minute load average ${low.toFixed(1)}–${high.toFixed(1)} while these ran (${cpus().length} cores; other work on the machine counts in it)`;
}

/** Runs a benchmark script's main function; a failure is printed and ends the process with status 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
