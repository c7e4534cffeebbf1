import type { ObservationInput } from '@koers/loading';
import type { CheckRequest, CheckResult } from './file-check';

/**
 * What the main thread sends a check worker: a file to check, the answer to its question about regions, or `more`
 * when it has read a batch of figures and had a turn for other work (so the batches do not queue up unread).
 */
export type ToWorker =
  | { readonly type: 'check'; readonly request: CheckRequest }
  | { readonly type: 'more' }
  | { readonly type: 'regions'; readonly lookupId: number; readonly known: readonly string[] | null; readonly error: string | null };

/**
 * What a check worker sends back: a question about regions (only the database knows), then a valid file's figures
 * in batches, then the result (its `mapped.observations` left empty: they came before it).
 */
export type FromWorker =
  | { readonly type: 'regions'; readonly lookupId: number; readonly codes: readonly string[] }
  | { readonly type: 'figures'; readonly observations: readonly ObservationInput[] }
  | { readonly type: 'result'; readonly result: CheckResult }
  | { readonly type: 'failed'; readonly message: string };
