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
