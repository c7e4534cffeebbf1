import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import { DATA_CHANGED_MESSAGE, isDataChanged } from './sibling-processes';

/**
 * The API on several cores: this (primary) process runs no app; it starts `workers` processes that each run the
 * whole API on the same port (Node's cluster hands each new connection to the next one), passes a worker's "I
 * committed data" on to the others, and starts a worker again when one dies. Each worker has its own cache and
 * counts the rate limit on its own. Resolves when every worker has ended after `stop()`.
 */
export class ApiCluster {
  private readonly logger = new Logger('ApiCluster');
  private stopping = false;
  private readonly restarts: number[] = [];

  constructor(
    private readonly workers: number,
    private readonly env: Readonly<Record<string, string>>,
  ) {}

  /** Starts the workers; `onListening` is called once every one of them accepts connections. */
  start(onListening: () => void): void {
    let listening = 0;
    cluster.on('listening', () => {
      if (++listening === this.workers) onListening();
    });
    cluster.on('message', (from: Worker, message: unknown) => {
      if (!isDataChanged(message)) return;
      for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from) worker.send({ type: DATA_CHANGED_MESSAGE });
    });
    cluster.on('exit', (worker, code, signal) => {
      if (this.stopping) return;
      this.logger.error(`API worker ${worker.process.pid} ended (${signal ?? code}); starting another.`);
      this.restart();
    });
    for (let i = 0; i < this.workers; i++) cluster.fork(this.env);
    this.logger.log(`${this.workers} API processes (API_WORKERS); each counts the rate limit on its own.`);
  }

  /** Asks every worker to end and waits until they have. */
  async stop(): Promise<void> {
    this.stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  }

  /** A dying worker is replaced, but not more than five times a minute: a worker that cannot start stops the API. */
  private restart(): void {
    const now = Date.now();
    this.restarts.push(now);
    while (this.restarts.length > 0 && now - this.restarts[0]! > 60_000) this.restarts.shift();
    if (this.restarts.length > 5) {
      this.logger.error('API workers keep ending; stopping the API.');
      process.kill(process.pid, 'SIGTERM');
      return;
    }
    cluster.fork(this.env);
  }
}
