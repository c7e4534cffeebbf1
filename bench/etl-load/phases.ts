import { DirectObservationWriter } from '../../libs/loading/src/direct-observation-writer';
import { ObservationStaging } from '../../libs/loading/src/observation-staging';
import { TableLoader } from '../../libs/loading/src/table-loader';

// Where a load's time goes, measured from the outside: the loader's steps are timed by wrapping their methods for
// the length of the benchmark (nothing in the product is changed). Stream: from the start until the last page is
// written (HTTP, JSON, mapping and the COPY, which overlap); store: ending the COPY (first load) or the merge
// (reload); checks: the data checks and the commit.

export interface Phases {
  streamSeconds: number;
  storeSeconds: number;
  checksSeconds: number;
}

type Method = (...args: unknown[]) => Promise<unknown>;

function timed(proto: object, name: string, onDone: (seconds: number) => void): () => void {
  const target = proto as Record<string, Method>;
  const original = target[name]!;
  target[name] = async function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      onDone((performance.now() - started) / 1000);
    }
  };
  return () => {
    target[name] = original;
  };
}

/** Runs `load` with its steps timed. */
export async function withPhases<T>(load: () => Promise<T>): Promise<{ result: T; phases: Phases }> {
  const started = performance.now();
  let finishStarted = 0;
  let finishSeconds = 0;
  let storeSeconds = 0;
  const restore = [
    timed(DirectObservationWriter.prototype, 'finish', (s) => (storeSeconds += s)),
    timed(ObservationStaging.prototype, 'finish', (s) => (storeSeconds += s)),
    timed(TableLoader.prototype, 'finish', (s) => (finishSeconds += s)),
  ];
  const original = TableLoader.prototype.finish;
  TableLoader.prototype.finish = function (this: TableLoader, dryRun: boolean) {
    finishStarted = performance.now();
    return original.call(this, dryRun);
  };
  try {
    const result = await load();
    const streamSeconds = (finishStarted - started) / 1000;
    return { result, phases: { streamSeconds, storeSeconds, checksSeconds: finishSeconds - storeSeconds } };
  } finally {
    TableLoader.prototype.finish = original;
    for (const undo of restore.reverse()) undo();
  }
}
