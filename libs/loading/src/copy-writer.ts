import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * One `COPY … FROM STDIN` of a load, opened on the first write. The server may refuse it at any row (a full disk, a
 * value too long) and says so while the source is still being read: the error is kept and thrown by the next write
 * or by `end`. Unheard, it would end the process; unkept, `end` would wait for a 'finish' that never comes.
 */
export class CopyWriter {
  private stream: ReturnType<typeof copyFrom> | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly db: ClientBase,
    private readonly sql: string,
  ) {}

  /** Writes COPY text, waiting when the connection is behind, so memory stays flat however large the load. */
  async write(text: string): Promise<void> {
    const stream = this.open();
    this.throwIfFailed();
    if (!stream.write(text)) await this.settled(stream, 'drain');
    // Else the next batch would follow in the same turn (awaits alone run as microtasks), and a load in the API,
    // an upload of 50,000 rows, would hold every other request until its last batch was written.
    else await new Promise((resolve) => setImmediate(resolve));
  }

  /** Ends the COPY and waits until the server has every row (nothing to do when nothing was written). */
  async end(): Promise<void> {
    if (!this.stream) return;
    this.throwIfFailed();
    this.stream.end();
    await this.settled(this.stream, 'finish');
  }

  /** Ends an unfinished COPY (the server gets CopyFail), so the connection can roll the transaction back. */
  async abort(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.writableFinished || stream.destroyed) return;
    const ended = new Promise<void>((resolve) => {
      stream.once('error', () => resolve());
      stream.once('close', () => resolve());
    });
    stream.destroy(new Error('load aborted'));
    await ended;
  }

  private open(): ReturnType<typeof copyFrom> {
    if (this.stream) return this.stream;
    const stream = this.db.query(copyFrom(this.sql));
    stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
    this.stream = stream;
    return stream;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits for `event`, or rejects with the COPY's error, whether it came before or comes while waiting. */
  private settled(stream: ReturnType<typeof copyFrom>, event: 'drain' | 'finish'): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const onEvent = () => {
        stream.off('error', onError);
        stream.off('close', onClose);
        resolve();
      };
      const onError = (error: Error) => {
        stream.off(event, onEvent);
        stream.off('close', onClose);
        reject(error);
      };
      // A stream destroyed before the event closes instead; waiting on would never end.
      const onClose = () => onError(this.failure ?? new Error('the COPY ended before it finished'));
      stream.once(event, onEvent);
      stream.once('error', onError);
      stream.once('close', onClose);
    });
  }
}
