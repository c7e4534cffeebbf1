/**
 * Reasons a computed value is missing. Input points keep the reason their source gave (a CBS `ValueAttribute`,
 * or the upload token `.`, `x`, `-`); computed points get one of these.
 */
export type ComputedMissingReason =
  | 'input-missing'
  | 'input-absent'
  | 'division-by-zero'
  | 'previous-period-missing'
  | 'base-period-missing';

/** One observation or computed value. `value: null` is missing, never zero. */
export interface SeriesPoint {
  /** CBS period code, e.g. `2024JJ00`, `2024KW01`, `2024MM06`. */
  readonly period: string;
  readonly year: number;
  readonly value: number | null;
  /** Why the value is missing (source reason or a {@link ComputedMissingReason}). */
  readonly missingReason?: string;
  /** For computed points: which inputs were missing, as `measure` or `measure:reason`. */
  readonly missingInputs?: readonly string[];
  readonly provisional: boolean;
}

/** A time series for one region. */
export interface Series {
  /** Region code, trimmed: `GM0106`, `WK010600`, `PV22`, `NL01`. */
  readonly region: string;
  readonly points: readonly SeriesPoint[];
}

/** An annual point with a value: what the progress methods work on. */
export interface YearPoint {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
}
