import { createServer } from 'node:net';

/** A TCP port free on loopback now: `preferred` when it is free, else any. */
export function freePort(preferred?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () => (preferred ? freePort(undefined).then(resolve, reject) : reject(new Error('no free port'))));
    server.listen(preferred ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
