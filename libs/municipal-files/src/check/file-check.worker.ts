import type { MessagePort } from 'node:worker_threads';
import { checkMunicipalFile, movable } from './file-check';
import type { FromWorker, ToWorker } from './file-check.messages';

/**
 * What a check worker runs (worker-bootstrap.ts calls it with the worker's port): one file at a time, off the
 * main event loop. Region codes are the only thing it cannot know; it asks the main thread, which asks the
 * database. Nothing runs on import, so the main thread can import this module (which puts it in every build).
 */
export function serveChecks(port: MessagePort): void {
  const lookups = new Map<number, { resolve: (known: ReadonlySet<string>) => void; reject: (error: Error) => void }>();
  let nextLookup = 0;
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const askRegions = (codes: readonly string[]): Promise<ReadonlySet<string>> => {
    const lookupId = nextLookup++;
    return new Promise((resolve, reject) => {
      lookups.set(lookupId, { resolve, reject });
      send({ type: 'regions', lookupId, codes });
    });
  };
  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'check':
        checkMunicipalFile(message.request, askRegions).then(
          (result) => send({ type: 'result', result }, movable(result.bytes)),
          (error: unknown) => send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
        );
        return;
      case 'regions': {
        const pending = lookups.get(message.lookupId);
        lookups.delete(message.lookupId);
        if (message.known) pending?.resolve(new Set(message.known));
        else pending?.reject(new Error(message.error ?? 'region lookup failed'));
        return;
      }
      default: {
        const unknown: never = message;
        throw new Error(`Unhandled message ${JSON.stringify(unknown)}`);
      }
    }
  });
}
