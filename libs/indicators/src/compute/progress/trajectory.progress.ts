import type { Direction } from '../../types/indicator.types';
import type { ExplainedPoint, GuardCode, ProgressStatus } from '../../types/progress.types';
import type { YearPoint } from '../../types/series.types';
import type { BandTarget, CumulativeFlowTarget, LinearPathTarget, Tolerance } from '../../types/target.types';
import { annualPeriod } from '../../periods/period-code';
import { directionSign, leastSquares } from './statistics.progress';

/** Statuses the trajectory method gives. */
export type TrajectoryStatus = Extract<
  ProgressStatus,
  'target_achieved' | 'ahead' | 'on_course' | 'behind' | 'off_course' | 'not_available'
>;

/** All components of a trajectory judgement. Paces are in the indicator's unit per year. */
export interface TrajectoryOutcome {
  readonly status: TrajectoryStatus;
  readonly variant: 'cumulative-flow' | 'linear-path' | 'band';
  readonly base: ExplainedPoint | null;
  readonly latest: YearPoint | null;
  /** Cumulative total (flow), latest value (path) or window mean (band) that was judged. */
  readonly valueUsed: number | null;
  readonly observedPace: number | null;
  readonly requiredPace: number | null;
  /** Observed ÷ required (cumulative total or change since base); decides the scale class of `behind`. */
  readonly paceRatio: number | null;
  readonly required: { readonly year: number; readonly value: number; readonly tolerance: number } | null;
  readonly target: { readonly year: number; readonly value: number } | null;
  readonly projected: { readonly year: number; readonly value: number } | null;
  readonly band: { readonly lower: number | null; readonly upper: number | null; readonly tolerance: number } | null;
  readonly guards: readonly GuardCode[];
}

const EMPTY = {
  base: null,
  latest: null,
  valueUsed: null,
  observedPace: null,
  requiredPace: null,
  paceRatio: null,
  required: null,
  target: null,
  projected: null,
  band: null,
} as const;

function notAvailable(variant: TrajectoryOutcome['variant'], guard: GuardCode, latest: YearPoint | null): TrajectoryOutcome {
  return { ...EMPTY, status: 'not_available', variant, latest, guards: [guard] };
}

/** The tolerance in the indicator's unit; a relative tolerance is a fraction of `reference`. */
export function toleranceAmount(tolerance: Tolerance, reference: number): number {
  return tolerance.kind === 'absolute' ? tolerance.value : tolerance.value * Math.abs(reference);
}

/** ahead / on course / behind from the deviation in the favourable direction; the edges count as on course. */
export function classifyDeviation(favourable: number, tolerance: number): 'ahead' | 'on_course' | 'behind' {
  if (favourable > tolerance) {
    return 'ahead';
  }
  return favourable < -tolerance ? 'behind' : 'on_course';
}

/** The yearly requirement of a flow target in a year (after the last segment: its rate continues). */
export function flowRateFor(target: CumulativeFlowTarget, year: number): number {
  const segment = target.segments.find((s) => s.fromYear <= year && year <= s.toYear);
  if (segment !== undefined) {
    return segment.perYear;
  }
  const last = target.segments.at(-1);
  return last !== undefined && year > last.toYear ? last.perYear : 0;
}

/** The cumulative requirement of a flow target from its start year up to and including `year`. */
export function requiredCumulative(target: CumulativeFlowTarget, year: number): number {
  let total = 0;
  for (let y = target.startYear; y <= year; y += 1) {
    total += flowRateFor(target, y);
  }
  return total;
}

/**
 * Cumulative flow (new-build homes): the total since the start year against the cumulative requirement, within
 * the tolerance. Every year since the start must have a value: a gap makes the total unknown (never 0).
 */
export function cumulativeFlowProgress(
  points: readonly YearPoint[],
  target: CumulativeFlowTarget,
  direction: Direction,
): TrajectoryOutcome {
  const relevant = [...points].filter((p) => p.year >= target.startYear).sort((a, b) => a.year - b.year);
  const latest = relevant.at(-1);
  if (latest === undefined) {
    return notAvailable('cumulative-flow', 'no-data-since-base-year', null);
  }
  const years = latest.year - target.startYear + 1;
  if (relevant.length !== years) {
    return notAvailable('cumulative-flow', 'flow-gap', latest);
  }
  const d = directionSign(direction);
  const actual = relevant.reduce((acc, p) => acc + p.value, 0);
  const required = requiredCumulative(target, latest.year);
  const tolerance = toleranceAmount(target.tolerance, required);
  const final = target.milestones.at(-1) ?? null;
  const achieved = final !== null && d * (actual - final.value) >= 0;
  const observedPace = actual / years;
  const projectedYear = final?.year ?? latest.year;
  return {
    ...EMPTY,
    status: achieved ? 'target_achieved' : classifyDeviation(d * (actual - required), tolerance),
    variant: 'cumulative-flow',
    base: { period: annualPeriod(target.startYear), year: target.startYear, value: 0 },
    latest,
    valueUsed: actual,
    observedPace,
    requiredPace: flowRateFor(target, latest.year),
    paceRatio: required === 0 ? null : actual / required,
    required: { year: latest.year, value: required, tolerance },
    target: final,
    projected: { year: projectedYear, value: actual + observedPace * Math.max(0, projectedYear - latest.year) },
    guards: [],
  };
}

/** The value of a straight path in a year (flat at the target after the target year). */
export function linearPathValue(target: LinearPathTarget, year: number): number {
  const share = Math.min(1, (year - target.baseYear) / (target.targetYear - target.baseYear));
  return target.baseValue + (target.targetValue - target.baseValue) * share;
}

function observedSlope(relevant: readonly YearPoint[], target: LinearPathTarget): number | null {
  const fit = leastSquares(relevant.map((p) => ({ x: p.year, y: p.value })));
  if (fit !== null) {
    return fit.slope;
  }
  const latest = relevant[relevant.length - 1];
  return latest.year > target.baseYear ? (latest.value - target.baseValue) / (latest.year - target.baseYear) : null;
}

/** Straight path (office vacancy 15% → 5%): the latest value against the path value in its year. */
export function linearPathProgress(points: readonly YearPoint[], target: LinearPathTarget, direction: Direction): TrajectoryOutcome {
  const relevant = [...points].filter((p) => p.year >= target.baseYear).sort((a, b) => a.year - b.year);
  const latest = relevant.at(-1);
  if (latest === undefined) {
    return notAvailable('linear-path', 'no-data-since-base-year', null);
  }
  const d = directionSign(direction);
  const path = linearPathValue(target, latest.year);
  const tolerance = toleranceAmount(target.tolerance, path);
  const achieved = d * (latest.value - target.targetValue) >= 0;
  const slope = observedSlope(relevant, target);
  const remaining = Math.max(0, target.targetYear - latest.year);
  return {
    ...EMPTY,
    status: achieved ? 'target_achieved' : classifyDeviation(d * (latest.value - path), tolerance),
    variant: 'linear-path',
    base: { period: annualPeriod(target.baseYear), year: target.baseYear, value: target.baseValue },
    latest,
    valueUsed: latest.value,
    observedPace: slope,
    requiredPace: (target.targetValue - target.baseValue) / (target.targetYear - target.baseYear),
    paceRatio: path === target.baseValue ? null : (latest.value - target.baseValue) / (path - target.baseValue),
    required: { year: latest.year, value: path, tolerance },
    target: { year: target.targetYear, value: target.targetValue },
    projected: { year: target.targetYear, value: latest.value + (slope ?? 0) * remaining },
    guards: [],
  };
}

/**
 * Corridor (retail floor space change between −300 and 0 m² a year): the mean of the last `window` yearly values
 * inside the band (± tolerance) is on course; outside it on either side is off course. A corridor is a policy
 * bound on both sides: shrinking far faster than allowed is as much off course as growing.
 */
export function bandProgress(points: readonly YearPoint[], target: BandTarget, _direction: Direction, window: number): TrajectoryOutcome {
  const until = target.untilYear ?? Number.POSITIVE_INFINITY;
  const relevant = [...points].filter((p) => p.year >= target.fromYear && p.year <= until).sort((a, b) => a.year - b.year);
  const used = relevant.slice(-Math.max(1, window));
  const latest = relevant.at(-1);
  if (latest === undefined) {
    return notAvailable('band', 'no-data-since-base-year', null);
  }
  const mean = used.reduce((acc, p) => acc + p.value, 0) / used.length;
  const reference = Math.max(Math.abs(target.lower ?? 0), Math.abs(target.upper ?? 0));
  const tolerance = toleranceAmount(target.tolerance, reference);
  const above = target.upper !== undefined && mean > target.upper + tolerance;
  const below = target.lower !== undefined && mean < target.lower - tolerance;
  const side: GuardCode[] = above ? ['outside-band-above'] : below ? ['outside-band-below'] : [];
  return {
    ...EMPTY,
    status: above || below ? 'off_course' : 'on_course',
    variant: 'band',
    base: { period: annualPeriod(used[0].year), year: used[0].year, value: used[0].value },
    latest,
    valueUsed: mean,
    observedPace: mean,
    band: { lower: target.lower ?? null, upper: target.upper ?? null, tolerance },
    guards: [...(used.length > 1 ? (['noise-guard-window-mean'] as const) : []), ...side],
  };
}
