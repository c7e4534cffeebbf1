import cluster from 'node:cluster';

// With one API process per core (./api-cluster.ts), a process that commits data (an upload, a withdrawal, an
// adoption) tells the others through the primary, so their cached answers go at once, not after their next check.

export const DATA_CHANGED_MESSAGE = 'koers:data-changed';

export function isDataChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DATA_CHANGED_MESSAGE;
}

/** Tells the other API processes that this one committed data (nothing when it runs alone). */
export function tellSiblingsDataChanged(): void {
  if (cluster.isWorker) process.send?.({ type: DATA_CHANGED_MESSAGE });
}

/** Calls `listener` when another API process committed data; returns how to stop listening. */
export function onSiblingDataChanged(listener: () => void): () => void {
  if (!cluster.isWorker) return () => undefined;
  const handler = (message: unknown) => {
    if (isDataChanged(message)) listener();
  };
  process.on('message', handler);
  return () => process.off('message', handler);
}
