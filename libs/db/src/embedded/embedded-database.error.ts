export type EmbeddedDatabaseErrorCode =
  | 'BINARIES_MISSING'
  | 'BINARIES_UNREACHABLE'
  | 'DATA_DIR_UNREACHABLE'
  | 'ACCOUNT_UNAVAILABLE'
  | 'INITDB_FAILED'
  | 'START_FAILED'
  | 'LOCK_TIMEOUT';

/** Why the embedded PostgreSQL server could not be started, in words a new user can act on. */
export class EmbeddedDatabaseError extends Error {
  constructor(
    readonly code: EmbeddedDatabaseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmbeddedDatabaseError';
  }
}
