import { shiftPeriodYear } from '../periods/period-code';
import type { MeasureDefinition, PlausibleRange, Unit } from '../types/measure.types';
import type { SeriesPoint } from '../types/series.types';
import type { Language, LocalizedText } from '../types/text.types';
import { numberText, percentText } from '../text/number-text';

/** The checks a figure goes through, dbt-style: its range, its jump from a year earlier, and completeness. */
export type DataCheckKind = 'range' | 'jump' | 'completeness';

/** A figure that failed a check: a possible data error, not a verdict on the data. */
export interface DataCheckIssue {
  readonly check: DataCheckKind;
  readonly period: string;
  readonly value: number | null;
  readonly message: LocalizedText;
}

/** Ranges that hold for every measure of a unit (a count is never negative, a percentage lies in 0–100). */
const UNIT_RANGES: Readonly<Record<Unit, PlausibleRange>> = {
  count: { min: 0 },
  percent: { min: 0, max: 100 },
  'percentage-points': { min: -100, max: 100 },
  m3: { min: 0 },
  kwh: { min: 0 },
  'eur-thousand': { min: 0 },
  km: { min: 0 },
  ha: { min: 0 },
  m2: { min: 0 },
  'per-1000': { min: 0 },
  'per-household': { min: 0 },
  'index-0-1': { min: 0, max: 1 },
};

/** The measure's plausible range: what it declares, on top of what its unit implies. */
export function plausibleRangeOf(measure: Pick<MeasureDefinition, 'unit' | 'plausible'>): PlausibleRange {
  return { ...UNIT_RANGES[measure.unit], ...measure.plausible };
}

const percent = (fraction: number, lang: Language) => percentText(fraction, 0, lang);

/** A figure for a message, at the measure's published precision, in the reader's notation. */
function figure(value: number, decimals: number, lang: Language): string {
  return numberText(value, decimals, lang);
}

function rangeIssue(point: SeriesPoint, range: PlausibleRange, decimals: number): DataCheckIssue | null {
  const value = point.value;
  if (value === null) return null;
  const below = range.min !== undefined && value < range.min;
  const above = range.max !== undefined && value > range.max;
  if (!below && !above) return null;
  const limit = (below ? range.min : range.max)!;
  const bound = below ? `minimaal ${figure(limit, decimals, 'nl')}` : `maximaal ${figure(limit, decimals, 'nl')}`;
  const boundEn = below ? `at least ${figure(limit, decimals, 'en')}` : `at most ${figure(limit, decimals, 'en')}`;
  return {
    check: 'range',
    period: point.period,
    value,
    message: {
      nl: `De waarde ${figure(value, decimals, 'nl')} ligt buiten wat kan (${bound}).`,
      en: `The value ${figure(value, decimals, 'en')} is outside what is possible (${boundEn}).`,
    },
  };
}

function jumpIssue(point: SeriesPoint, previous: SeriesPoint | undefined, maxChange: number, decimals: number): DataCheckIssue | null {
  if (point.value === null || previous?.value === undefined || previous.value === null || previous.value === 0) return null;
  const change = (point.value - previous.value) / Math.abs(previous.value);
  if (Math.abs(change) <= maxChange) return null;
  return {
    check: 'jump',
    period: point.period,
    value: point.value,
    message: {
      nl: `Van ${figure(previous.value, decimals, 'nl')} naar ${figure(point.value, decimals, 'nl')} in één jaar is een sprong van ${percent(change, 'nl')}; meer dan ${percent(maxChange, 'nl')} is niet aannemelijk. Mogelijk een fout in de data.`,
      en: `From ${figure(previous.value, decimals, 'en')} to ${figure(point.value, decimals, 'en')} in one year is a jump of ${percent(change, 'en')}; more than ${percent(maxChange, 'en')} is not plausible. Possibly a data error.`,
    },
  };
}

/** Every range and jump issue of one measure's series (one region), oldest first. */
export function plausibilityIssues(
  measure: Pick<MeasureDefinition, 'unit' | 'plausible' | 'decimals'>,
  points: readonly SeriesPoint[],
): DataCheckIssue[] {
  const range = plausibleRangeOf(measure);
  const byPeriod = new Map(points.map((point) => [point.period, point]));
  const issues: DataCheckIssue[] = [];
  for (const point of points) {
    const outside = rangeIssue(point, range, measure.decimals);
    if (outside) issues.push(outside);
    if (range.maxYearlyChange === undefined) continue;
    const jump = jumpIssue(point, byPeriod.get(shiftPeriodYear(point.period, -1)), range.maxYearlyChange, measure.decimals);
    if (jump) issues.push(jump);
  }
  return issues;
}

/** The points with `suspect` set on those that fail a range or jump check (as `measure:range`, `measure:jump`). */
export function flagImplausible(
  name: string,
  measure: Pick<MeasureDefinition, 'unit' | 'plausible' | 'decimals'>,
  points: readonly SeriesPoint[],
): SeriesPoint[] {
  const issues = plausibilityIssues(measure, points);
  if (issues.length === 0) return [...points];
  const flags = new Map<string, string[]>();
  for (const issue of issues) flags.set(issue.period, [...(flags.get(issue.period) ?? []), `${name}:${issue.check}`]);
  return points.map((point) => {
    const found = flags.get(point.period);
    return found ? { ...point, suspect: [...(point.suspect ?? []), ...found] } : point;
  });
}
