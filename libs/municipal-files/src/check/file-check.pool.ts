import { MunicipalFileError } from '../municipal.exception';
import type { RegionLookup } from '../municipal-file.schema';
import { CheckWorker, CheckWorkerLimits } from './check-worker';
import type { CheckRequest, CheckResult } from './file-check';

export interface FileCheckPoolOptions extends Partial<CheckWorkerLimits> {
  /** Files checked at once; one more is refused with CHECKS_BUSY, never queued. */
  readonly size: number;
  /** An idle worker is ended after this long, so its memory goes back. */
  readonly idleMs?: number;
}

const DEFAULTS = { heapMb: 512, timeoutMs: 120_000, idleMs: 30_000 };

/**
 * Checks files in worker threads, at most `size` at once, so parsing and validation never hold up the event loop
 * (the API keeps answering while a 10 MB file is read) and a file that needs too much memory fails alone. Workers
 * are started when needed and kept a while for the next file.
 */
export class FileCheckPool {
  private readonly idle: { worker: CheckWorker; timer: NodeJS.Timeout }[] = [];
  private running = 0;
  private closed = false;

  constructor(private readonly options: FileCheckPoolOptions) {}

  get size(): number {
    return this.options.size;
  }

  async check(request: CheckRequest, lookup: RegionLookup): Promise<CheckResult> {
    if (this.closed) throw new MunicipalFileError('CHECK_FAILED', 'The file checks have been shut down.');
    if (this.running >= this.options.size) {
      throw new MunicipalFileError(
        'CHECKS_BUSY',
        `${this.options.size} file(s) are being checked already; ${request.fileName} was not checked. Try again shortly.`,
      );
    }
    this.running++;
    const worker =
      this.takeIdle() ??
      new CheckWorker({ heapMb: this.options.heapMb ?? DEFAULTS.heapMb, timeoutMs: this.options.timeoutMs ?? DEFAULTS.timeoutMs });
    try {
      return await worker.check(request, lookup);
    } finally {
      this.running--;
      this.release(worker);
    }
  }

  /** Ends every idle worker; a check still running ends with its worker when it is done. */
  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle.splice(0);
    for (const { timer } of idle) clearTimeout(timer);
    await Promise.all(idle.map(({ worker }) => worker.terminate()));
  }

  private takeIdle(): CheckWorker | undefined {
    const entry = this.idle.pop();
    if (entry) clearTimeout(entry.timer);
    return entry?.worker;
  }

  private release(worker: CheckWorker): void {
    if (!worker.alive) return;
    if (this.closed) {
      void worker.terminate();
      return;
    }
    const entry = { worker, timer: setTimeout(() => this.retire(entry), this.options.idleMs ?? DEFAULTS.idleMs) };
    entry.timer.unref();
    this.idle.push(entry);
  }

  private retire(entry: { worker: CheckWorker; timer: NodeJS.Timeout }): void {
    const at = this.idle.indexOf(entry);
    if (at !== -1) this.idle.splice(at, 1);
    void entry.worker.terminate();
  }
}
