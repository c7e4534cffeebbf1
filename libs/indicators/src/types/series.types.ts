import type { EvidenceLevel } from './measure.types';

/**
 * Reasons a computed value is missing. Input points keep the reason their source gave (a CBS `ValueAttribute`,
 * or the upload token `.`, `x`, `-`); computed points get one of these.
 */
export type ComputedMissingReason =
  'input-missing' | 'input-absent' | 'division-by-zero' | 'previous-period-missing' | 'base-period-missing';

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
  /** True when the figure comes from an illustrative (voorbeelddata) file: drawn apart, never counted. */
  readonly demo?: boolean;
  /** Where the figures read came from, as `provider:tableId` (one entry for a stored figure). */
  readonly sources?: readonly string[];
  /** The definition family of each figure read (see `TableRef.definition`); a change between points is a break. */
  readonly definitions?: readonly string[];
  /** The weakest evidence level among the figures read. */
  readonly evidence?: EvidenceLevel;
  /** Possible data errors among the figures read, as `measure:range` or `measure:jump`. */
  readonly suspect?: readonly string[];
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
