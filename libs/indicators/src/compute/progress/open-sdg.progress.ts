import type { Direction } from '../../types/indicator.types';
import type { GuardCode, ProgressStatus, ProgressThresholds } from '../../types/progress.types';
import type { YearPoint } from '../../types/series.types';
import { IndicatorError } from '../indicator.exception';
import { compoundAnnualGrowth, compoundedValue, directionSign } from './statistics.progress';

/** Open SDG default thresholds, method 1 (no target): growth per year. */
export const OPEN_SDG_THRESHOLDS_NO_TARGET = { high: 0.015, med: 0.005, low: 0 } as const;
/** Open SDG default thresholds, method 2 (target): observed ÷ required growth. */
export const OPEN_SDG_THRESHOLDS_TARGET = { high: 0.95, med: 0.6, low: 0 } as const;
/** Exponent of the Open SDG limit reduction coefficient. */
export const OPEN_SDG_LIMIT_EXPONENT = 4.44;
/** Open SDG replaces a zero base value or target by this. */
export const OPEN_SDG_ZERO_REPLACEMENT = 0.001;

/** A target for the Open SDG method: a level, or a yearly rate that fixes the level from the base value. */
export type OpenSdgTargetInput =
  | { readonly kind: 'level'; readonly year: number; readonly value: number }
  | { readonly kind: 'rate'; readonly year: number; readonly rate: number };

/** Settings of one Open SDG calculation. */
export interface OpenSdgConfig {
  readonly direction: Direction;
  readonly baseYear: number;
  readonly target?: OpenSdgTargetInput;
  readonly limit?: number;
  readonly thresholds?: Partial<Pick<ProgressThresholds, 'high' | 'med' | 'low'>>;
}

/** All components of an Open SDG calculation (Open SDG's "calculation components", plus guards). */
export interface OpenSdgOutcome {
  readonly status: ProgressStatus;
  readonly method: 1 | 2;
  readonly base: YearPoint | null;
  readonly latest: YearPoint | null;
  readonly sign: 1 | -1;
  readonly directionFactor: 1 | -1;
  readonly observedGrowth: number | null;
  readonly requiredGrowth: number | null;
  readonly progressValue: number | null;
  readonly target: { readonly year: number; readonly value: number } | null;
  readonly thresholds: ProgressThresholds;
  readonly targetAchieved: boolean;
  readonly score: number | null;
  readonly guards: readonly GuardCode[];
}

/** Open SDG limit coefficient c for base value b and limit L (both taken absolute). */
export function limitCoefficient(baseValue: number, limit: number): number {
  const b = Math.abs(baseValue);
  const l = Math.abs(limit);
  if (b >= 2 * l) {
    return 1;
  }
  if (b <= l) {
    return 1 - (b / l) ** OPEN_SDG_LIMIT_EXPONENT;
  }
  return 1 - ((2 * l - b) / l) ** OPEN_SDG_LIMIT_EXPONENT;
}

/** Status from a progress value: ≥ high substantial, ≥ med moderate, ≥ low limited, else deterioration. */
export function classifyProgress(value: number | null, thresholds: ProgressThresholds): ProgressStatus {
  if (value === null) {
    return 'not_available';
  }
  if (value >= thresholds.high) {
    return 'substantial_progress';
  }
  if (value >= thresholds.med) {
    return 'moderate_progress';
  }
  return value >= thresholds.low ? 'limited_progress' : 'deterioration';
}

/** Open SDG score in [−5, 5]; the maps are fixed to the default thresholds, as in sdg-build. */
export function openSdgScore(method: 1 | 2, value: number | null, t: ProgressThresholds, achieved: boolean): number | null {
  if (achieved) {
    return 5;
  }
  if (value === null) {
    return null;
  }
  if (method === 2) {
    return value >= t.med ? Math.min(7.1429 * value - 4.2857, 5) : Math.max(4.1667 * value - 2.5, -5);
  }
  if (value < t.low) {
    return Math.max(125 * value - 2.5, -5);
  }
  const c = t.coefficient;
  if (c === 0) {
    return 5;
  }
  if (value >= t.high) {
    return Math.min((500 * value) / c - 5, 5);
  }
  return value >= t.med ? (250 * value) / c - 1.25 : (500 * value) / c - 2.5;
}

function resolveThresholds(config: OpenSdgConfig, baseValue: number, guards: GuardCode[]): ProgressThresholds {
  if (config.target !== undefined) {
    if (config.limit !== undefined) {
      guards.push('limit-ignored-with-target');
    }
    return { ...OPEN_SDG_THRESHOLDS_TARGET, ...config.thresholds, coefficient: 1 };
  }
  const t = { ...OPEN_SDG_THRESHOLDS_NO_TARGET, ...config.thresholds };
  if (config.limit === undefined) {
    return { ...t, coefficient: 1 };
  }
  const d = directionSign(config.direction);
  guards.push('limit-applied');
  if ((baseValue < config.limit && d === -1) || (baseValue > config.limit && d === 1)) {
    guards.push('base-beyond-limit');
  }
  const c = limitCoefficient(baseValue, config.limit);
  return { high: t.high * c, med: t.med * c, low: t.low * c, coefficient: c };
}

function resolveTarget(config: OpenSdgConfig, base: YearPoint, guards: GuardCode[]): OpenSdgOutcome['target'] {
  const target = config.target;
  if (target === undefined) {
    return null;
  }
  const value = target.kind === 'level' ? target.value : compoundedValue(base.value, target.rate, target.year - base.year);
  if (value === 0) {
    guards.push('target-zero-replaced');
    return { year: target.year, value: OPEN_SDG_ZERO_REPLACEMENT };
  }
  return { year: target.year, value };
}

/** The base point: the base year, or else the first year after it with data (Open SDG). */
function selectBase(sorted: readonly YearPoint[], baseYear: number, guards: GuardCode[]): YearPoint | null {
  const base = sorted.find((point) => point.year >= baseYear) ?? null;
  if (base !== null && base.year !== baseYear) {
    guards.push('base-year-shifted');
  }
  return base;
}

interface Growths {
  readonly observed: number | null;
  readonly required: number | null;
  readonly value: number | null;
}

const NO_GROWTH: Growths = { observed: null, required: null, value: null };

function requiredGrowth(
  target: NonNullable<OpenSdgOutcome['target']>,
  baseValue: number,
  baseYear: number,
  guards: GuardCode[],
): number | null {
  if (target.year <= baseYear) {
    guards.push('target-year-not-after-base');
    return null;
  }
  if (target.value / baseValue < 0) {
    guards.push('target-sign-change');
    return null;
  }
  const required = compoundAnnualGrowth(target.value, baseValue, target.year, baseYear);
  if (required === 0) {
    guards.push('required-growth-zero');
    return null;
  }
  return required;
}

function growths(
  base: YearPoint,
  latest: YearPoint,
  outcome: Pick<OpenSdgOutcome, 'sign' | 'directionFactor' | 'target'>,
  guards: GuardCode[],
): Growths {
  let baseValue = base.value;
  if (baseValue === 0) {
    guards.push('base-value-zero-replaced');
    baseValue = OPEN_SDG_ZERO_REPLACEMENT;
  }
  if ((baseValue > 0 && latest.value < 0) || (baseValue < 0 && latest.value > 0)) {
    guards.push('sign-change');
    return NO_GROWTH;
  }
  if (latest.year - base.year < 1) {
    guards.push('fewer-than-two-points');
    return NO_GROWTH;
  }
  const observed = compoundAnnualGrowth(latest.value, baseValue, latest.year, base.year);
  const signed = outcome.sign * outcome.directionFactor * observed;
  if (outcome.target === null) {
    return { observed, required: null, value: signed };
  }
  const required = requiredGrowth(outcome.target, baseValue, base.year, guards);
  return { observed, required, value: required === null ? null : signed / Math.abs(required) };
}

function assertUniqueYears(points: readonly YearPoint[]): void {
  const years = new Set(points.map((point) => point.year));
  if (years.size !== points.length) {
    throw new IndicatorError('DUPLICATE_PERIOD', 'Open SDG progress needs at most one value per year');
  }
}

/**
 * The Open SDG / Statistics Canada progress calculation (sdg-build `SeriesProgress`), exactly: CAGR from the base
 * year (or the next year with data) to the latest year, signed by direction; method 1 without target, method 2
 * as observed ÷ |required| growth; target achieved checked first; zero base or target → 0.001; sign change or
 * fewer than two points → no value.
 */
export function openSdgProgress(points: readonly YearPoint[], config: OpenSdgConfig): OpenSdgOutcome {
  assertUniqueYears(points);
  const guards: GuardCode[] = [];
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1) ?? null;
  const base = latest === null ? null : selectBase(sorted, config.baseYear, guards);
  if (latest === null || base === null) {
    guards.push(latest === null ? 'no-data' : 'no-data-since-base-year');
    return notAvailable(config, latest, guards);
  }
  const directionFactor = directionSign(config.direction);
  const method = config.target === undefined ? 1 : 2;
  const thresholds = resolveThresholds(config, base.value, guards);
  const sign = base.value < 0 ? -1 : 1;
  const target = resolveTarget(config, base, guards);
  const targetAchieved =
    target !== null &&
    ((directionFactor === -1 && latest.value <= target.value) || (directionFactor === 1 && latest.value >= target.value));
  const g = growths(base, latest, { sign, directionFactor, target }, guards);
  return {
    status: targetAchieved ? 'target_achieved' : classifyProgress(g.value, thresholds),
    method,
    base,
    latest,
    sign,
    directionFactor,
    observedGrowth: g.observed,
    requiredGrowth: g.required,
    progressValue: g.value,
    target,
    thresholds,
    targetAchieved,
    score: openSdgScore(method, g.value, thresholds, targetAchieved),
    guards,
  };
}

function notAvailable(config: OpenSdgConfig, latest: YearPoint | null, guards: readonly GuardCode[]): OpenSdgOutcome {
  const method = config.target === undefined ? 1 : 2;
  const defaults = method === 1 ? OPEN_SDG_THRESHOLDS_NO_TARGET : OPEN_SDG_THRESHOLDS_TARGET;
  return {
    status: 'not_available',
    method,
    base: null,
    latest,
    sign: 1,
    directionFactor: directionSign(config.direction),
    observedGrowth: null,
    requiredGrowth: null,
    progressValue: null,
    target: null,
    thresholds: { ...defaults, ...config.thresholds, coefficient: 1 },
    targetAchieved: false,
    score: null,
    guards,
  };
}
