import type { Writable } from 'node:stream';

/** The client went away while a download was being written. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection.');
    this.name = 'ClientGoneError';
  }
}

/** Writes a chunk and waits for the socket to drain when its buffer is full, so memory stays flat. */
export async function writeChunk(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new ClientGoneError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      out.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      out.off('drain', onDrain);
      reject(new ClientGoneError());
    };
    out.once('drain', onDrain);
    out.once('close', onClose);
  });
}
