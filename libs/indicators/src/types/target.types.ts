import type { LocalizedText, PolicyReference } from './text.types';

/** How far from the required path still counts as "on course". Part of the target, with its reason. */
export interface Tolerance {
  /** `absolute`: in the indicator's unit; `relative`: a fraction of the required value (0.05 = 5%). */
  readonly kind: 'absolute' | 'relative';
  readonly value: number;
  readonly rationale: LocalizedText;
}

/** A point the trajectory must pass, e.g. 2,720 homes built in total by 2025. */
export interface Milestone {
  readonly year: number;
  readonly value: number;
}

/** Open SDG method 2 with a level to reach: `targetValue` in `targetYear`. */
export interface LevelTarget {
  readonly kind: 'level';
  readonly baseYear: number;
  readonly targetYear: number;
  readonly targetValue: number;
  readonly policy: PolicyReference;
}

/**
 * Open SDG method 2 where the policy states a pace, not a level ("+0.4% a year until 2025"): the target value is
 * base value × (1 + rate)^(targetYear − base year), so the required growth is exactly the rate.
 */
export interface AnnualRateTarget {
  readonly kind: 'annual-rate';
  readonly baseYear: number;
  readonly targetYear: number;
  /** As a fraction: 0.004 = 0.4% a year. */
  readonly ratePerYear: number;
  readonly policy: PolicyReference;
}

/** One stretch of a yearly flow target, e.g. 340 homes a year from 2018 to 2025. */
export interface FlowSegment {
  readonly fromYear: number;
  readonly toYear: number;
  readonly perYear: number;
}

/**
 * Trajectory for a yearly flow (new-build homes): the cumulative total since `startYear` against the cumulative
 * requirement. Years after the last segment continue at the last segment's rate.
 */
export interface CumulativeFlowTarget {
  readonly kind: 'cumulative-flow';
  readonly startYear: number;
  readonly segments: readonly FlowSegment[];
  /** Cumulative totals; the last one is the target ("achieved" when reached). */
  readonly milestones: readonly Milestone[];
  readonly tolerance: Tolerance;
  readonly policy: PolicyReference;
}

/** Trajectory on a straight line from a base level to a target level (office vacancy 15% → 5%). */
export interface LinearPathTarget {
  readonly kind: 'linear-path';
  readonly baseYear: number;
  readonly baseValue: number;
  readonly targetYear: number;
  readonly targetValue: number;
  readonly milestones: readonly Milestone[];
  readonly tolerance: Tolerance;
  readonly policy: PolicyReference;
}

/** Trajectory as a corridor for a yearly value (retail floor space change between −300 and 0 m² a year). */
export interface BandTarget {
  readonly kind: 'band';
  readonly fromYear: number;
  readonly untilYear?: number;
  readonly lower?: number;
  readonly upper?: number;
  readonly tolerance: Tolerance;
  readonly policy: PolicyReference;
}

/** Targets evaluated with the Open SDG method. */
export type OpenSdgTarget = LevelTarget | AnnualRateTarget;

/** Targets evaluated with the trajectory method. */
export type TrajectoryTarget = CumulativeFlowTarget | LinearPathTarget | BandTarget;

/** Any target. Every target carries the policy reference it comes from. */
export type Target = OpenSdgTarget | TrajectoryTarget;
