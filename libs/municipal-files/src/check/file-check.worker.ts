import type { MessagePort } from 'node:worker_threads';
import { type CheckResult, checkMunicipalFile, movable } from './file-check';
import type { FromWorker, ToWorker } from './file-check.messages';

/**
 * Figures per message. The main thread asks for the next batch only after a turn of its own event loop, so
 * 250,000 figures arrive as 50 short reads between other requests, not as one long read that holds them all up
 * (a port delivers every message already queued in one go).
 */
const FIGURES_PER_MESSAGE = 5000;

type Send = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/** Sends a valid file's figures a batch at a time, each after the main thread asked for more, then the result. */
async function sendResult(result: CheckResult, send: Send, more: () => Promise<void>): Promise<void> {
  const observations = result.mapped?.observations ?? [];
  for (let at = 0; at < observations.length; at += FIGURES_PER_MESSAGE) {
    send({ type: 'figures', observations: observations.slice(at, at + FIGURES_PER_MESSAGE) });
    await more();
  }
  const mapped = result.mapped ? { ...result.mapped, observations: [] } : null;
  send({ type: 'result', result: { ...result, mapped } }, movable(result.bytes));
}

/**
 * What a check worker runs (worker-bootstrap.ts calls it with the worker's port): one file at a time, off the
 * main event loop. Region codes are the only thing it cannot know; it asks the main thread, which asks the
 * database. Nothing runs on import, so the main thread can import this module (which puts it in every build).
 */
export function serveChecks(port: MessagePort): void {
  const lookups = new Map<number, { resolve: (known: ReadonlySet<string>) => void; reject: (error: Error) => void }>();
  let nextLookup = 0;
  let wantsMore: (() => void) | null = null;
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const more = () => new Promise<void>((resolve) => (wantsMore = resolve));
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
        checkMunicipalFile(message.request, askRegions)
          .then((result) => sendResult(result, send, more))
          .catch((error: unknown) =>
            send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
          );
        return;
      case 'more': {
        const resume = wantsMore;
        wantsMore = null;
        resume?.();
        return;
      }
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
