export type MunicipalErrorCode =
  /** The file has issues; nothing was loaded (etl_run.error_code of a rejected import). */
  | 'FILE_REJECTED'
  /** Another import held the source's lock for longer than the import waits. */
  | 'SOURCE_BUSY'
  /** The database load failed; the run row holds the cause. */
  | 'LOAD_FAILED'
  | 'UNKNOWN_KIND'
  | 'INBOX_UNAVAILABLE'
  /** As many files as allowed (UPLOAD_CONCURRENT_CHECKS) are being checked; try again shortly. */
  | 'CHECKS_BUSY'
  /** The check itself failed (its worker ran out of memory or time); nothing was loaded. */
  | 'CHECK_FAILED'
  /** No uploaded file with that id. */
  | 'FILE_NOT_FOUND'
  /** The uploaded file was withdrawn already. */
  | 'ALREADY_WITHDRAWN'
  /** A file can only replace a file of its own kind. */
  | 'OTHER_KIND';

/** Errors of the municipal-file source. `code` is what the runner writes to etl_run and the API maps to a status. */
export class MunicipalFileError extends Error {
  override readonly name = 'MunicipalFileError';

  constructor(
    readonly code: MunicipalErrorCode,
    message: string,
    readonly runId: string | null = null,
  ) {
    super(message);
  }
}
