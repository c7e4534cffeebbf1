import { MEASURES } from '../../measures/measure.catalogue';
import type { IndicatorDefinition, OpenSdgProgressSpec, TrajectoryProgressSpec } from '../../types/indicator.types';
import type { GuardCode, ProgressBasis, ProgressExplanation, ProgressResult, ProgressStatus } from '../../types/progress.types';
import type { Series, YearPoint } from '../../types/series.types';
import type { OpenSdgTarget } from '../../types/target.types';
import { deadBandOf } from './dead-band.progress';
import { guardOnlyText, noDataText, openSdgText, trajectoryText } from './explanation-text.progress';
import { type JudgedPoints, judgedPoints } from './judged-points.progress';
import { NOISE_GUARD_WINDOW, applyTrendGuard } from './noise-guard.progress';
import { type OpenSdgConfig, type OpenSdgOutcome, openSdgProgress, openSdgScore } from './open-sdg.progress';
import { isStale } from './staleness.progress';
import { scaleOf } from './scale.progress';
import { compoundedValue } from './statistics.progress';
import { type TrajectoryOutcome, bandProgress, cumulativeFlowProgress, linearPathProgress } from './trajectory.progress';

/** Options of a progress evaluation. */
export interface EvaluateOptions {
  /** Points in the noise guard's least-squares window (default 5; below 3 turns the guard off). */
  readonly noiseWindow?: number;
  /** The evaluation date (YYYY-MM-DD), passed in: decides whether the latest figure is out of date. */
  readonly asOf?: string;
}

/** The fields of an explanation that stay empty until a method fills them. */
export const EMPTY_EXPLANATION = {
  base: null,
  latest: null,
  latestValueUsed: null,
  observedPace: null,
  requiredPace: null,
  progressValue: null,
  thresholds: null,
  target: null,
  projected: null,
  required: null,
  band: null,
  statusWithoutNoiseGuard: null,
} as const;

function openSdgConfig(indicator: IndicatorDefinition, spec: OpenSdgProgressSpec): OpenSdgConfig {
  const target = spec.target === undefined ? undefined : openSdgTarget(spec.target);
  return { direction: indicator.direction, baseYear: spec.baseYear, target, limit: spec.limit };
}

function openSdgTarget(target: OpenSdgTarget): NonNullable<OpenSdgConfig['target']> {
  switch (target.kind) {
    case 'level':
      return { kind: 'level', year: target.targetYear, value: target.targetValue };
    case 'annual-rate':
      return { kind: 'rate', year: target.targetYear, rate: target.ratePerYear };
    default: {
      const unknown: never = target;
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`);
    }
  }
}

function projectedValue(o: OpenSdgOutcome): { year: number; value: number } | null {
  if (o.target === null || o.latest === null || o.observedGrowth === null) {
    return null;
  }
  return { year: o.target.year, value: compoundedValue(o.latest.value, o.observedGrowth, o.target.year - o.latest.year) };
}

interface Judged<T> {
  readonly outcome: T;
  readonly rawStatus: ProgressStatus | null;
  readonly guards: GuardCode[];
}

/** Runs a method on the published points and on the noise-guarded points; the guarded result counts. */
function withTrendGuard<T extends { status: ProgressStatus; guards: readonly GuardCode[] }>(
  points: readonly YearPoint[],
  fromYear: (raw: T) => number,
  window: number,
  run: (points: readonly YearPoint[]) => T,
): Judged<T> {
  const raw = run(points);
  const guard = applyTrendGuard(points, fromYear(raw), window);
  const outcome = guard.applied ? run(guard.points) : raw;
  const changed = guard.applied && outcome.status !== raw.status;
  const guards = [...outcome.guards, ...guard.guards, ...(changed ? (['noise-guard-changed-status'] as const) : [])];
  return { outcome, rawStatus: changed ? raw.status : null, guards };
}

/**
 * Open SDG gives a tiny decline from rounding noise the same status as a real one. A change smaller than half a
 * step of the published precision (or the indicator's stated margin) is no change: neither progress nor
 * deterioration.
 */
function withinDeadBand(o: OpenSdgOutcome, deadBand: number): OpenSdgOutcome {
  if (o.base === null || o.latest === null || o.targetAchieved || o.progressValue === null) return o;
  if (Math.abs(o.latest.value - o.base.value) > deadBand) return o;
  const score = openSdgScore(o.method, 0, o.thresholds, false);
  return { ...o, status: 'no_change', progressValue: 0, score, guards: [...o.guards, 'no-change-within-precision'] };
}

type Judgement = Omit<ProgressResult, 'indicatorId' | 'region' | 'provisional' | 'dataSources' | 'basis' | 'stale' | 'comparableFrom'>;

function evaluateOpenSdg(
  indicator: IndicatorDefinition,
  spec: OpenSdgProgressSpec,
  points: readonly YearPoint[],
  window: number,
  published: YearPoint,
  extraGuards: readonly GuardCode[],
): Judgement {
  const config = openSdgConfig(indicator, spec);
  const deadBand = deadBandOf(indicator);
  const judged = withTrendGuard(
    points,
    (raw: OpenSdgOutcome) => raw.base?.year ?? spec.baseYear,
    window,
    (p) => withinDeadBand(openSdgProgress(p, config), deadBand),
  );
  const o = judged.outcome;
  // Without a progress value there was nothing for the noise guard to damp: saying it was skipped only confuses.
  const guards = o.progressValue === null ? judged.guards.filter((g) => g !== 'noise-guard-skipped') : [...judged.guards];
  if (spec.target !== undefined && published.year > spec.target.targetYear) {
    guards.push('target-year-passed');
  }
  guards.push(...extraGuards);
  const projected = projectedValue(o);
  const trend = guards.includes('noise-guard-trend');
  const explanation: ProgressExplanation = {
    ...EMPTY_EXPLANATION,
    method: 'open-sdg',
    variant: o.method === 1 ? 'no-target' : 'target',
    base: o.base,
    latest: published,
    latestValueUsed: o.latest?.value ?? null,
    observedPace: o.observedGrowth,
    requiredPace: o.requiredGrowth,
    paceUnit: 'growth-per-year',
    progressValue: o.progressValue,
    thresholds: o.thresholds,
    target: o.target,
    projected,
    statusWithoutNoiseGuard: judged.rawStatus,
    guards,
    text: openSdgText(o, published.value, indicator.decimals, trend, projected?.value ?? null, guards),
  };
  return { status: o.status, scale: scaleOf(o.status), score: o.score, explanation };
}

function runTrajectory(
  indicator: IndicatorDefinition,
  spec: TrajectoryProgressSpec,
  points: readonly YearPoint[],
  window: number,
): Judged<TrajectoryOutcome> {
  const target = spec.target;
  switch (target.kind) {
    case 'cumulative-flow': {
      // A cumulative total already damps a single year; no trend guard on top.
      const outcome = cumulativeFlowProgress(points, target, indicator.direction);
      return { outcome, rawStatus: null, guards: [...outcome.guards] };
    }
    case 'linear-path':
      return withTrendGuard(
        points,
        () => target.baseYear,
        window,
        (p) => linearPathProgress(p, target, indicator.direction),
      );
    case 'band': {
      const outcome = bandProgress(points, target, indicator.direction, window);
      return { outcome, rawStatus: null, guards: [...outcome.guards] };
    }
    default: {
      const unknown: never = target;
      throw new Error(`Unknown target ${JSON.stringify(unknown)}`);
    }
  }
}

function evaluateTrajectory(
  indicator: IndicatorDefinition,
  spec: TrajectoryProgressSpec,
  points: readonly YearPoint[],
  window: number,
  extraGuards: readonly GuardCode[],
): Judgement {
  const judged = runTrajectory(indicator, spec, points, window);
  const o = judged.outcome;
  const guards = [...judged.guards, ...extraGuards];
  const explanation: ProgressExplanation = {
    ...EMPTY_EXPLANATION,
    method: 'trajectory',
    variant: o.variant,
    base: o.base,
    latest: o.latest,
    latestValueUsed: o.valueUsed,
    observedPace: o.observedPace,
    requiredPace: o.requiredPace,
    paceUnit: 'unit-per-year',
    progressValue: o.paceRatio,
    target: o.target,
    projected: o.projected,
    required: o.required,
    band: o.band,
    statusWithoutNoiseGuard: judged.rawStatus,
    guards,
    text: trajectoryText(o, indicator.decimals, guards, points.at(-1)?.value ?? null),
  };
  return { status: o.status, scale: scaleOf(o.status, o.paceRatio, o.variant === 'band'), score: null, explanation };
}

function noData(indicator: IndicatorDefinition, region: string, guards: readonly GuardCode[]): ProgressResult {
  const dataSources = indicator.inputs.map((measure) => ({ measure, source: MEASURES[measure].source }));
  const allGuards: GuardCode[] = ['no-data', ...guards];
  return unjudged(indicator, region, 'no_data', 'none', allGuards, noDataText(dataSources, allGuards), dataSources);
}

function unjudged(
  indicator: IndicatorDefinition,
  region: string,
  status: 'no_data' | 'not_available',
  basis: ProgressBasis,
  guards: readonly GuardCode[],
  text: ProgressExplanation['text'],
  dataSources: ProgressResult['dataSources'] = [],
): ProgressResult {
  const explanation: ProgressExplanation = {
    ...EMPTY_EXPLANATION,
    method: indicator.progress.method,
    variant: 'none',
    paceUnit: indicator.progress.method === 'open-sdg' ? 'growth-per-year' : 'unit-per-year',
    guards,
    text,
  };
  const base = { indicatorId: indicator.id, region, status, scale: 'not_available', score: null } as const;
  return { ...base, provisional: false, basis, stale: false, comparableFrom: null, explanation, dataSources };
}

/** A figure the judgement would use failed a range or jump check: flagged, not credited. */
function suspectFigure(judged: JudgedPoints): boolean {
  return [...judged.sources.values()].some((point) => (point.suspect?.length ?? 0) > 0);
}

/**
 * Judges an indicator's progress for one region from its computed series, with the method of its definition,
 * and explains why. Pure: no clock, no I/O (the evaluation date comes in `options.asOf`). Only real yearly
 * figures of the comparable stretch count: voorbeelddata never do. Without any figure: `no_data` and the sources
 * its figures would come from; with only voorbeelddata, or a possible data error, no judgement.
 */
export function evaluateProgress(indicator: IndicatorDefinition, series: Series, options: EvaluateOptions = {}): ProgressResult {
  const window = options.noiseWindow ?? NOISE_GUARD_WINDOW;
  const judged = judgedPoints(series);
  const { points } = judged;
  if (points.length === 0) {
    if (judged.demoCount === 0) return noData(indicator, series.region, judged.guards);
    return unjudged(indicator, series.region, 'not_available', 'demo-only', judged.guards, guardOnlyText(judged.guards));
  }
  const latest = points.reduce((a, b) => (b.year > a.year ? b : a));
  const stale = options.asOf !== undefined && isStale(latest.period, indicator.frequency, options.asOf);
  const extra: GuardCode[] = [
    ...judged.guards,
    ...(latest.provisional ? (['provisional-latest'] as const) : []),
    ...(stale ? (['stale-latest'] as const) : []),
  ];
  const common = {
    indicatorId: indicator.id,
    region: series.region,
    provisional: latest.provisional,
    dataSources: [],
    basis: 'real',
    stale,
    comparableFrom: judged.comparableFrom,
  } as const;
  if (suspectFigure(judged)) {
    const guards: GuardCode[] = ['possible-data-error', ...extra];
    return { ...unjudged(indicator, series.region, 'not_available', 'real', guards, guardOnlyText(guards)), ...common };
  }
  const spec = indicator.progress;
  const result =
    spec.method === 'open-sdg'
      ? evaluateOpenSdg(indicator, spec, points, window, latest, extra)
      : evaluateTrajectory(indicator, spec, points, window, extra);
  return { ...result, ...common };
}

/** {@link evaluateProgress} for many regions (wijken, peers) with the same function. */
export function evaluateProgressForRegions(
  indicator: IndicatorDefinition,
  seriesByRegion: Readonly<Record<string, Series>>,
  options: EvaluateOptions = {},
): Record<string, ProgressResult> {
  const entries = Object.entries(seriesByRegion).map(([region, series]) => [region, evaluateProgress(indicator, series, options)]);
  return Object.fromEntries(entries) as Record<string, ProgressResult>;
}
