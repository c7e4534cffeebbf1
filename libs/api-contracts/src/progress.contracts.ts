import type {
  DataSourceHint,
  ProgressBasis,
  GuardCode,
  ProgressExplanation,
  ProgressStatus,
  ScaleClass,
  Target,
  TargetPathPoint,
  Tolerance,
} from '@koers/indicators';
import type { PolicyView } from './common.contracts';

/** A guard or note that affected a judgement, with its sentence in the requested language. */
export interface GuardView {
  readonly code: GuardCode;
  readonly text: string;
}

/** "Waarom deze status": the library's explanation with its texts in the requested language. */
export type ExplanationView = Omit<ProgressExplanation, 'text' | 'guards'> & {
  readonly text: string;
  readonly guards: readonly GuardView[];
};

/** A measure an indicator without data would read, and where its figures would come from. */
export interface DataSourceView extends DataSourceHint {
  readonly title: string;
}

/** The status alone, for lists (peers, wijken, ambitions). */
export interface StatusView {
  readonly status: ProgressStatus;
  readonly statusLabel: string;
  readonly scale: ScaleClass;
  readonly scaleLabel: string;
}

/** The judgement of one indicator for one region (the library's ProgressResult, localised). */
export interface ProgressView extends StatusView {
  /** Open SDG score in [−5, 5]; null for trajectories and without a value. */
  readonly score: number | null;
  readonly provisional: boolean;
  /** Real figures, only voorbeelddata (never judged), or nothing. */
  readonly basis: ProgressBasis;
  /** The latest real figure is older than the indicator's frequency allows (verouderd). */
  readonly stale: boolean;
  /** The first year of the comparable stretch the judgement used, when a break cut off earlier years. */
  readonly comparableFrom: number | null;
  readonly explanation: ExplanationView;
  /** Filled when the status is `no_data`. */
  readonly dataSources: readonly DataSourceView[];
}

/** A target from the vision, as data: which fields are set depends on `kind`. */
export interface TargetView {
  readonly kind: Target['kind'];
  readonly baseYear: number | null;
  readonly baseValue: number | null;
  readonly targetYear: number | null;
  readonly targetValue: number | null;
  /** `annual-rate` targets: the yearly rate as a fraction (0.004 = 0.4% a year). */
  readonly ratePerYear: number | null;
  /** `band` targets: the corridor. */
  readonly lower: number | null;
  readonly upper: number | null;
  readonly milestones: readonly { readonly year: number; readonly value: number }[];
  readonly tolerance: { readonly kind: Tolerance['kind']; readonly value: number; readonly rationale: string } | null;
  readonly policy: PolicyView;
}

/**
 * The path the target asks for, year by year: a level (Open SDG target, straight path), a cumulative total
 * (cumulative flow, compared with the running total of the yearly values) or a corridor (band). Computed by
 * libs/indicators (`targetPath`), served as it is.
 */
export type TrajectoryPoint = TargetPathPoint;
