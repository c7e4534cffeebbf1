import type { ProgressMethod } from './indicator.types';
import type { MeasureName } from './measure-name.types';
import type { MeasureSource } from './measure.types';
import type { LocalizedText } from './text.types';

/**
 * Every status an indicator can get.
 * - Open SDG: `target_achieved`, `substantial_progress`, `moderate_progress`, `limited_progress`, `deterioration`,
 *   `no_change` (the change is within the published precision: neither progress nor deterioration),
 *   `not_available` (data exists, but a guard stopped the calculation).
 * - Trajectory: `ahead`, `on_course`, `behind` (and `target_achieved`, `not_available`); for a corridor,
 *   `on_course` inside it and `off_course` outside it on either side.
 * - `no_data`: nothing loaded yet ("geen data"); the result says why and what would fill it.
 */
export type ProgressStatus =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'no_change'
  | 'deterioration'
  | 'ahead'
  | 'on_course'
  | 'behind'
  | 'off_course'
  | 'not_available'
  | 'no_data';

/**
 * The one scale every status maps onto (the Open SDG classes), used for roll-up and colours.
 * Trajectory: ahead and on course → substantial; behind → by the ratio of observed to required pace with the Open
 * SDG method-2 thresholds (≥ 0.60 moderate, ≥ 0 limited, below deterioration). `no_data` → `not_available`.
 */
export type ScaleClass =
  'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration' | 'not_available';

/** Machine-readable codes for every guard or note that affected a result. */
export type GuardCode =
  | 'no-data'
  | 'no-data-since-base-year'
  | 'base-year-shifted'
  | 'fewer-than-two-points'
  | 'base-value-zero-replaced'
  | 'target-zero-replaced'
  | 'sign-change'
  | 'target-sign-change'
  | 'required-growth-zero'
  | 'target-year-not-after-base'
  | 'target-year-passed'
  | 'limit-applied'
  | 'base-beyond-limit'
  | 'limit-ignored-with-target'
  | 'noise-guard-trend'
  | 'noise-guard-changed-status'
  | 'noise-guard-skipped'
  | 'noise-guard-window-mean'
  | 'flow-gap'
  | 'provisional-latest'
  | 'non-annual-periods-ignored'
  | 'no-change-within-precision'
  | 'demo-data-ignored'
  | 'only-demo-data'
  | 'possible-data-error'
  | 'series-break'
  | 'boundary-change'
  | 'stale-latest'
  | 'outside-band-below'
  | 'outside-band-above';

/** Thresholds on the progress value P: ≥ high substantial, ≥ med moderate, ≥ low limited, below deterioration. */
export interface ProgressThresholds {
  readonly high: number;
  readonly med: number;
  readonly low: number;
  /** Open SDG limit reduction coefficient c (1 without a limit). */
  readonly coefficient: number;
}

/** A dated value as used in an explanation. */
export interface ExplainedPoint {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  /** For a published figure: whether it may still be revised (a point a target sets has no such flag). */
  readonly provisional?: boolean;
}

/**
 * "Waarom deze status": everything needed to redo the judgement by hand.
 * Paces: for Open SDG a compound annual growth rate as a fraction (0.012 = 1.2% a year); for trajectories a
 * change in the indicator's unit per year.
 */
export interface ProgressExplanation {
  readonly method: ProgressMethod;
  readonly variant: 'no-target' | 'target' | 'cumulative-flow' | 'linear-path' | 'band' | 'none';
  readonly base: ExplainedPoint | null;
  /** Latest point as published. */
  readonly latest: ExplainedPoint | null;
  /** The latest value the judgement used (the trend value when the noise guard applied). */
  readonly latestValueUsed: number | null;
  readonly observedPace: number | null;
  readonly requiredPace: number | null;
  readonly paceUnit: 'growth-per-year' | 'unit-per-year';
  /** Open SDG P; for trajectories observed ÷ required change (used for the scale of `behind`). */
  readonly progressValue: number | null;
  readonly thresholds: ProgressThresholds | null;
  readonly target: { readonly year: number; readonly value: number } | null;
  /** Where the indicator ends up in the target year at the observed pace. */
  readonly projected: { readonly year: number; readonly value: number } | null;
  /** Trajectory only: the required value in the latest year and the tolerance around it. */
  readonly required: { readonly year: number; readonly value: number; readonly tolerance: number } | null;
  /** Band targets only: the corridor and its tolerance. */
  readonly band: { readonly lower: number | null; readonly upper: number | null; readonly tolerance: number } | null;
  /** The status the latest published value alone would give, when the noise guard changed it. */
  readonly statusWithoutNoiseGuard: ProgressStatus | null;
  readonly guards: readonly GuardCode[];
  readonly text: LocalizedText;
}

/**
 * One year of the path a target asks for: a level (Open SDG target, straight path), a cumulative total (cumulative
 * flow, to compare with the running total of the yearly values) or a corridor (band: `lower`/`upper`, no value).
 */
export interface TargetPathPoint {
  readonly year: number;
  readonly basis: 'level' | 'cumulative' | 'band';
  readonly value: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** Where the data of an indicator with no data would come from. */
export interface DataSourceHint {
  readonly measure: MeasureName;
  readonly source: MeasureSource;
}

/**
 * What a judgement rests on: real published figures, or (never judged) only illustrative ones, or nothing.
 * Illustrative (voorbeelddata) figures never count towards a status.
 */
export type ProgressBasis = 'real' | 'demo-only' | 'none';

/** The judgement of one indicator for one region. */
export interface ProgressResult {
  readonly indicatorId: string;
  readonly region: string;
  readonly status: ProgressStatus;
  readonly scale: ScaleClass;
  /** Open SDG score in [−5, 5]; null for trajectories and when no value. */
  readonly score: number | null;
  /** True when the latest value used is provisional. */
  readonly provisional: boolean;
  readonly basis: ProgressBasis;
  /** True when the latest real figure is older than the indicator's frequency allows on the evaluation date. */
  readonly stale: boolean;
  /** The first year of the comparable stretch the judgement used, when a break cut off earlier years. */
  readonly comparableFrom: number | null;
  readonly explanation: ProgressExplanation;
  /** Filled for `no_data`. */
  readonly dataSources: readonly DataSourceHint[];
}

/** Roll-up of an ambition's indicator results for one region. */
export interface AmbitionRollUp {
  readonly ambitionId: string;
  readonly region: string;
  readonly total: number;
  readonly assessed: number;
  readonly countsByScale: Readonly<Record<ScaleClass, number>>;
  readonly countsByStatus: Readonly<Record<ProgressStatus, number>>;
  readonly overall: ScaleClass;
  readonly text: LocalizedText;
}
