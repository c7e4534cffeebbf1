import type { SeriesPointView } from '@koers/api-contracts';

/** A yearly point with a value, and the API's marks on it. */
export interface YearValue {
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
  /** From an illustrative (voorbeelddata) file: shown apart, never as a real figure. */
  readonly demo: boolean;
  /** Combines figures of more than one table. */
  readonly mixedSources: boolean;
  readonly sources: readonly string[];
  /** A break (another definition, changed boundaries) lies between this and the previous figure. */
  readonly breakBefore: boolean;
  /** A possible data error among the figures read. */
  readonly suspect: boolean;
}

function yearValue(point: SeriesPointView): YearValue {
  return {
    year: point.year,
    value: point.value as number,
    provisional: point.provisional,
    demo: point.demo,
    mixedSources: point.mixedSources,
    sources: point.sources,
    breakBefore: point.breakBefore,
    suspect: point.suspect.length > 0,
  };
}

/** The yearly points (JJ00) that have a value, oldest first. */
export function yearlyValues(series: readonly SeriesPointView[]): YearValue[] {
  return series
    .filter((point) => point.period.endsWith('JJ00') && point.value !== null)
    .map(yearValue)
    .sort((a, b) => a.year - b.year);
}

/** The value of a year, or null. */
export function valueIn(series: readonly SeriesPointView[], year: number): YearValue | null {
  return yearlyValues(series).find((point) => point.year === year) ?? null;
}

/**
 * The newest yearly value up to `year` (every year when absent) and the one of the year before it (only when
 * that exact year has a value). No previous across a break in the series, or between a real figure and
 * voorbeelddata: those two do not compare.
 */
export function figureAndPrevious(series: readonly SeriesPointView[], year = Infinity): { latest: YearValue | null; previous: YearValue | null; change: number | null } {
  const values = yearlyValues(series).filter((point) => point.year <= year);
  const latest = values.at(-1) ?? null;
  const found = latest ? (values.find((point) => point.year === latest.year - 1) ?? null) : null;
  const previous = found && latest && !latest.breakBefore && found.demo === latest.demo ? found : null;
  return { latest, previous, change: latest && previous ? latest.value - previous.value : null };
}

/** The newest yearly value and the comparable one of the year before it (see `figureAndPrevious`). */
export function latestAndPrevious(series: readonly SeriesPointView[]): { latest: YearValue | null; previous: YearValue | null; change: number | null } {
  return figureAndPrevious(series);
}
