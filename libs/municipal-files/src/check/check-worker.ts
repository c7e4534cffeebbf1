import { Worker } from 'node:worker_threads';
import type { ObservationInput } from '@koers/loading';
import { MunicipalFileError } from '../municipal.exception';
import type { RegionLookup } from '../municipal-file.schema';
import { type CheckRequest, type CheckResult, movable } from './file-check';
import type { FromWorker, ToWorker } from './file-check.messages';
import { serveChecks } from './file-check.worker';
import { WORKER_BOOTSTRAP_SOURCE, workerBootstrap } from './worker-bootstrap';

export interface CheckWorkerLimits {
  /** The worker's heap; a check that needs more fails alone, the process stays up. */
  readonly heapMb: number;
  /** A check that takes longer is stopped (its worker ended). */
  readonly timeoutMs: number;
}

interface Running {
  readonly fileName: string;
  /** A valid file's figures, as they arrive before the result. */
  readonly figures: ObservationInput[];
  readonly lookup: RegionLookup;
  readonly resolve: (result: CheckResult) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** One worker thread that checks one file at a time. Idle, it does not keep the process alive. */
export class CheckWorker {
  private readonly worker: Worker;
  private running: Running | null = null;
  private ended = false;

  constructor(private readonly limits: CheckWorkerLimits) {
    this.worker = new Worker(WORKER_BOOTSTRAP_SOURCE, {
      eval: true,
      workerData: { bootstrap: workerBootstrap(serveChecks.name) },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => this.onMessage(message));
    this.worker.on('error', (error: Error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the check worker stopped (exit code ${code})`)));
  }

  get alive(): boolean {
    return !this.ended;
  }

  check(request: CheckRequest, lookup: RegionLookup): Promise<CheckResult> {
    if (this.ended) return Promise.reject(new MunicipalFileError('CHECK_FAILED', 'The check worker has stopped.'));
    if (this.running) return Promise.reject(new Error('A check worker checks one file at a time.'));
    return new Promise<CheckResult>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new Error(`the check took longer than ${this.limits.timeoutMs / 1000} s`)),
        this.limits.timeoutMs,
      );
      this.running = { fileName: request.fileName, figures: [], lookup, resolve, reject, timer };
      // Busy, it keeps the process alive: a CLI import must not end before its check does.
      this.worker.ref();
      // The bytes move to the worker (and back with the result) rather than being copied on this event loop.
      this.post({ type: 'check', request }, movable(request.bytes));
    });
  }

  async terminate(): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
  }

  private post(message: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private onMessage(message: FromWorker): void {
    const running = this.running;
    if (!running) return;
    switch (message.type) {
      case 'regions':
        running.lookup(message.codes).then(
          (known) => this.post({ type: 'regions', lookupId: message.lookupId, known: [...known], error: null }),
          (error: unknown) => this.post({ type: 'regions', lookupId: message.lookupId, known: null, error: String(error) }),
        );
        return;
      case 'figures':
        for (const observation of message.observations) running.figures.push(observation);
        setImmediate(() => this.running === running && this.post({ type: 'more' }));
        return;
      case 'result': {
        const { result } = message;
        const mapped = result.mapped ? { ...result.mapped, observations: running.figures } : null;
        this.settle(() => running.resolve({ ...result, mapped }));
        return;
      }
      case 'failed':
        this.settle(() =>
          running.reject(new MunicipalFileError('CHECK_FAILED', `Checking ${running.fileName} failed: ${message.message}`)),
        );
        return;
      default: {
        const unknown: never = message;
        throw new Error(`Unhandled message ${JSON.stringify(unknown)}`);
      }
    }
  }

  private settle(answer: () => void): void {
    clearTimeout(this.running?.timer);
    this.running = null;
    this.worker.unref();
    answer();
  }

  /** The worker died (out of memory, too slow, a crash): the file it was checking fails, the worker is gone. */
  private fail(error: Error): void {
    const running = this.running;
    if (!this.ended) {
      this.ended = true;
      void this.worker.terminate();
    }
    if (!running) return;
    this.settle(() => running.reject(new MunicipalFileError('CHECK_FAILED', `Checking ${running.fileName} failed: ${error.message}`)));
  }
}
