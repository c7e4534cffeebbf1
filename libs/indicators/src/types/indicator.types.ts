import type { AmbitionId } from './ambition.types';
import type { Formula } from './formula.types';
import type { MeasureName } from './measure-name.types';
import type { Unit } from './measure.types';
import type { OpenSdgTarget, TrajectoryTarget } from './target.types';
import type { LocalizedText } from './text.types';

/** Which way is good. Required on every indicator: the Open SDG default ("negative") is wrong too often. */
export type Direction = 'higher-is-better' | 'lower-is-better';

/** Geographic levels an indicator exists at. */
export type Level = 'gemeente' | 'wijk' | 'buurt';

/** How often new figures appear. */
export type Frequency = 'monthly' | 'quarterly' | 'yearly' | 'biennial' | 'irregular';

/** Who answers for the indicator in the municipality (placeholders until the municipality assigns them). */
export type Owner =
  | 'Team Duurzaamheid'
  | 'Team Wonen'
  | 'Team Ruimte'
  | 'Team Zorg en Welzijn'
  | 'Team Werk en Inkomen'
  | 'Team Economie'
  | 'Team Informatievoorziening';

/** The progress methods. */
export type ProgressMethod = 'open-sdg' | 'trajectory';

/** Open SDG / Statistics Canada: compound growth from `baseYear` to the latest year, with or without a target. */
export interface OpenSdgProgressSpec {
  readonly method: 'open-sdg';
  readonly baseYear: number;
  readonly target?: OpenSdgTarget;
  /** Natural bound (e.g. 100 for a share); lowers the thresholds near it (method 1 only). */
  readonly limit?: number;
}

/** Trajectory against a path with milestones, a straight line or a corridor. */
export interface TrajectoryProgressSpec {
  readonly method: 'trajectory';
  readonly target: TrajectoryTarget;
}

/** How an indicator's progress is judged. */
export type ProgressSpec = OpenSdgProgressSpec | TrajectoryProgressSpec;

/**
 * How a count indicator is shown in an area profile, so an area is compared with its city by a share or a rate
 * rather than a count beside a total: as a share of another measure of the same area ("65-plussers als deel van
 * de inwoners"), as a ratio of two measures, or as a share of the same figure for the whole municipality.
 */
export type ProfileSpec =
  | { readonly kind: 'share'; readonly of: MeasureName; readonly label: LocalizedText }
  | {
      readonly kind: 'ratio';
      readonly numerator: MeasureName;
      readonly denominator: MeasureName;
      readonly decimals: number;
      readonly label: LocalizedText;
    }
  | { readonly kind: 'share-of-municipality'; readonly label: LocalizedText };

/** One indicator of the catalogue. */
export interface IndicatorDefinition {
  readonly id: string;
  readonly ambition: AmbitionId;
  readonly title: LocalizedText;
  /** One line: what exactly is measured. */
  readonly definition: LocalizedText;
  readonly unit: Unit;
  readonly decimals: number;
  readonly direction: Direction;
  /** Why this direction, where it is a choice rather than obvious. */
  readonly directionNote?: LocalizedText;
  /** Stable measure names (see the measure catalogue); exactly the measures the formula uses. */
  readonly inputs: readonly MeasureName[];
  readonly formula: Formula;
  readonly levels: readonly Level[];
  /** Region the headline status is judged for, when not the municipality (e.g. the Centrum wijk). */
  readonly primaryRegion?: string;
  /** Regions to compare with, e.g. the province for "growth against the region". */
  readonly benchmarkRegions?: readonly string[];
  readonly frequency: Frequency;
  readonly source: LocalizedText;
  readonly owner: Owner;
  readonly progress: ProgressSpec;
  /**
   * A change smaller than this (in the indicator's unit) is no change, when wider than half a step of the
   * published precision: e.g. the margin of a survey-based estimate.
   */
  readonly margin?: number;
  /** How the indicator is shown in a wijk or buurt profile when its own figure is a count. */
  readonly profile?: ProfileSpec;
  readonly note?: LocalizedText;
}
