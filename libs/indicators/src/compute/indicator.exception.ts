/** Error codes of the indicator library. */
export type IndicatorErrorCode = 'DUPLICATE_PERIOD' | 'REGION_MISMATCH' | 'INVALID_PERIOD';

/** Thrown when input violates the library's contract (a programming or loading error, not missing data). */
export class IndicatorError extends Error {
  constructor(
    readonly code: IndicatorErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IndicatorError';
  }
}
