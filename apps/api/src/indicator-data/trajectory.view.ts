import type { TrajectoryPoint } from '@koers/api-contracts';
import { type IndicatorDefinition, type ProgressResult, type TrajectoryTarget, linearPathValue, requiredCumulative } from '@koers/indicators';

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_v, i) => from + i);
}

function point(year: number, basis: TrajectoryPoint['basis'], value: number | null, lower: number | null = null, upper: number | null = null): TrajectoryPoint {
  return { year, basis, value, lower, upper };
}

function trajectoryPath(target: TrajectoryTarget, latestYear: number | null): TrajectoryPoint[] {
  switch (target.kind) {
    case 'cumulative-flow': {
      const last = target.milestones.at(-1)?.year ?? target.startYear;
      return range(target.startYear, last).map((year) => point(year, 'cumulative', requiredCumulative(target, year)));
    }
    case 'linear-path':
      return range(target.baseYear, target.targetYear).map((year) => point(year, 'level', linearPathValue(target, year)));
    case 'band': {
      const until = target.untilYear ?? Math.max(latestYear ?? target.fromYear, target.fromYear);
      return range(target.fromYear, until).map((year) => point(year, 'band', null, target.lower ?? null, target.upper ?? null));
    }
    default: {
      const unknown: never = target;
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * The path the target asks for, year by year. Trajectory targets use the library's own path functions; an Open
 * SDG target is the compound path from the base value at the required pace the library reported (CAGR_required),
 * which reaches the target value in the target year.
 */
export function trajectoryOf(indicator: IndicatorDefinition, progress: ProgressResult): TrajectoryPoint[] {
  const spec = indicator.progress;
  const latestYear = progress.explanation.latest?.year ?? null;
  if (spec.method === 'trajectory') return trajectoryPath(spec.target, latestYear);
  const { base, requiredPace, target } = progress.explanation;
  if (spec.target === undefined || base === null || requiredPace === null || target === null) return [];
  return range(base.year, target.year).map((year) => point(year, 'level', base.value * (1 + requiredPace) ** (year - base.year)));
}
