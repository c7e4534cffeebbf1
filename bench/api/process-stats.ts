import { type IntervalHistogram, type PerformanceEntry, PerformanceObserver, constants, monitorEventLoopDelay } from 'node:perf_hooks';

// What a server process spent while a load ran, measured inside it: CPU time, garbage-collection pauses (minor and
// major) and how late its event loop ran. Started in the process under test; `snapshot()` gives the figures since
// the last snapshot and starts counting again. The API benchmark asks for them over the child's IPC channel.

export interface ProcessStats {
  readonly cpuMs: number;
  readonly gc: { readonly minor: GcStats; readonly major: GcStats };
  /** Event-loop delay beyond the 10 ms sampling interval, ms. */
  readonly loopDelay: { readonly p50: number; readonly p99: number; readonly max: number };
}

export interface GcStats {
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
}

export function watchProcess(): { snapshot(): ProcessStats } {
  const delay: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let pauses: { major: boolean; ms: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      pauses.push({ major: kind === constants.NODE_PERFORMANCE_GC_MAJOR, ms: entry.duration });
    }
  }).observe({ entryTypes: ['gc'] });
  let cpu = process.cpuUsage();
  const gcOf = (list: readonly { ms: number }[]): GcStats => ({
    count: list.length,
    totalMs: list.reduce((sum, p) => sum + p.ms, 0),
    maxMs: Math.max(0, ...list.map((p) => p.ms)),
  });
  return {
    snapshot() {
      const used = process.cpuUsage(cpu);
      const ms = (ns: number) => Math.max(0, ns - 10e6) / 1e6;
      const stats = {
        cpuMs: (used.user + used.system) / 1000,
        gc: { minor: gcOf(pauses.filter((p) => !p.major)), major: gcOf(pauses.filter((p) => p.major)) },
        loopDelay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      };
      cpu = process.cpuUsage();
      pauses = [];
      delay.reset();
      return stats;
    },
  };
}

/** In the process under test: answers `stats` messages on the IPC channel with a snapshot. */
export function answerStatsRequests(): void {
  const stats = watchProcess();
  process.on('message', (message) => {
    if (message === 'stats') process.send?.(stats.snapshot());
  });
}
