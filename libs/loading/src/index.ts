/** Loading observations: the source contract, the runner (lock → run rows → one transaction per table) and its sink. */
export type { SourceAdapter, SourceRunRequest, TableJob } from './source-adapter';
export { SourceRunner } from './source-runner';
export type { RunObserver, TableRunResult } from './source-runner';
export { measureKey } from './table-loader';
export type {
  LoadCounts,
  MeasureInput,
  ObservationInput,
  PreviousLoad,
  RegionInput,
  RejectedInput,
  SourceFileInput,
  SourceTableInput,
  TableSink,
} from './table-load.types';
export { lockSource } from './advisory-lock';
export type { HeldLock } from './advisory-lock';
export { LoadError, TableSkipped } from './load.error';
export type { LoadErrorCode, SkipCode } from './load.error';
export { RunRequestQueue, RUN_REQUEST_CHANNEL } from './run-request.queue';
export type { RunRequest, RunRequestInput } from './run-request.queue';
export { CBS_SOURCE_ID, FILES_SOURCE_ID, INBOX_SOURCE_ID, RUNNABLE_SOURCE_IDS, SOURCES_WITH_TABLES } from './source-ids';
export type { RunnableSourceId } from './source-ids';
