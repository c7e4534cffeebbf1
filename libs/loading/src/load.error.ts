export type LoadErrorCode = 'UNKNOWN_MEASURE' | 'NO_TABLE' | 'LOCKED';

/** A load that cannot go on; the table's transaction is rolled back and the code lands in etl_run. */
export class LoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export type SkipCode = 'NOT_MODIFIED' | 'ALREADY_LOADED';

/** Thrown by a table job that has nothing new to load; the run is recorded as skipped, not failed. */
export class TableSkipped extends Error {
  constructor(
    readonly code: SkipCode,
    message: string,
  ) {
    super(message);
    this.name = 'TableSkipped';
  }
}
