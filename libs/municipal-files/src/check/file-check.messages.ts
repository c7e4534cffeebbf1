import type { CheckRequest, CheckResult } from './file-check';

/** What the main thread sends a check worker: a file to check, or the answer to its question about regions. */
export type ToWorker =
  | { readonly type: 'check'; readonly request: CheckRequest }
  | { readonly type: 'regions'; readonly lookupId: number; readonly known: readonly string[] | null; readonly error: string | null };

/** What a check worker sends back: a question about regions (only the database knows), then the result. */
export type FromWorker =
  | { readonly type: 'regions'; readonly lookupId: number; readonly codes: readonly string[] }
  | { readonly type: 'result'; readonly result: CheckResult }
  | { readonly type: 'failed'; readonly message: string };
