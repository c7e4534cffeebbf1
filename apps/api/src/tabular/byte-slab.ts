/** Large enough that a slab holds many chunks' worth of rows, small enough not to matter for memory. */
const SLAB_BYTES = 256 * 1024;

/**
 * An output buffer written in place: reserve room, write into `bytes` from `at`, move `at` on. `take()` hands
 * out what was written as views, never copies; a full slab is left to those views and a fresh one started, so
 * bytes once taken are never overwritten while the socket may still be sending them.
 */
export class ByteSlab {
  bytes: Buffer = Buffer.allocUnsafe(SLAB_BYTES);
  at = 0;
  private from = 0;
  private done: Buffer[] = [];

  /** Makes sure `size` more bytes fit in `bytes` after `at`. */
  reserve(size: number): void {
    if (this.at + size <= this.bytes.length) return;
    if (this.at > this.from) this.done.push(this.bytes.subarray(this.from, this.at));
    this.bytes = Buffer.allocUnsafe(Math.max(SLAB_BYTES, size));
    this.at = 0;
    this.from = 0;
  }

  write(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.at);
    this.at += chunk.length;
  }

  /** Everything written since the last take. */
  take(): Buffer[] {
    const taken = this.done;
    if (this.at > this.from) taken.push(this.bytes.subarray(this.from, this.at));
    this.from = this.at;
    this.done = [];
    return taken;
  }
}
