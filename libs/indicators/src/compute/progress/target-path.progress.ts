import type { ProgressSpec } from '../../types/indicator.types';
import type { ExplainedPoint, ProgressExplanation, TargetPathPoint } from '../../types/progress.types';
import type { TrajectoryTarget } from '../../types/target.types';
import { compoundedValue } from './statistics.progress';
import { linearPathValue, requiredCumulative } from './trajectory.progress';

/** Every year from `from` to `to`, both included; none when `to` comes first. */
function years(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_unused, index) => from + index);
}

function point(
  year: number,
  basis: TargetPathPoint['basis'],
  value: number | null,
  lower: number | null = null,
  upper: number | null = null,
): TargetPathPoint {
  return { year, basis, value, lower, upper };
}

/**
 * The path a trajectory target asks for, year by year: the cumulative requirement from the start year to the last
 * milestone, the straight line from base to target year, or the corridor from its first year to its last (an
 * open-ended corridor runs to `latestYear`, the latest year with data, so the chart covers the data).
 */
export function trajectoryTargetPath(target: TrajectoryTarget, latestYear: number | null): TargetPathPoint[] {
  switch (target.kind) {
    case 'cumulative-flow': {
      const last = target.milestones.at(-1)?.year ?? target.startYear;
      return years(target.startYear, last).map((year) => point(year, 'cumulative', requiredCumulative(target, year)));
    }
    case 'linear-path':
      return years(target.baseYear, target.targetYear).map((year) => point(year, 'level', linearPathValue(target, year)));
    case 'band': {
      const until = target.untilYear ?? Math.max(latestYear ?? target.fromYear, target.fromYear);
      return years(target.fromYear, until).map((year) => point(year, 'band', null, target.lower ?? null, target.upper ?? null));
    }
    default: {
      const unknown: never = target;
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The Open SDG path: from the base point at the required growth (CAGR_required, a fraction a year) up to the target
 * year, where it reaches the target value.
 */
export function openSdgTargetPath(base: ExplainedPoint, requiredGrowth: number, targetYear: number): TargetPathPoint[] {
  return years(base.year, targetYear).map((year) => point(year, 'level', compoundedValue(base.value, requiredGrowth, year - base.year)));
}

/**
 * The path an indicator's target asks for, year by year, from its progress specification and the explanation its
 * evaluation gave. Empty for an Open SDG indicator without a target, or when a guard left no base or no required
 * growth (no data, a sign change, a target year not after the base year).
 */
export function targetPath(spec: ProgressSpec, explanation: ProgressExplanation): TargetPathPoint[] {
  if (spec.method === 'trajectory') {
    return trajectoryTargetPath(spec.target, explanation.latest?.year ?? null);
  }
  const { base, requiredPace, target } = explanation;
  if (spec.target === undefined || base === null || requiredPace === null || target === null) {
    return [];
  }
  return openSdgTargetPath(base, requiredPace, target.year);
}
