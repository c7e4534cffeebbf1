import type { ComparisonSeries, IndicatorDetailResponse, IndicatorView, SeriesPointView, TrajectoryPoint } from '../index';

// Small, hand-made API answers for the view tests: only what a test sets differs from a plain real series.

/** A yearly point of a series (JJ00), real and single-table unless the test says otherwise. */
export function point(year: number, value: number | null, marks: Partial<SeriesPointView> = {}): SeriesPointView {
  return {
    period: `${year}JJ00`,
    year,
    value,
    provisional: false,
    missingReason: null,
    missingInputs: [],
    publicationVersion: null,
    demo: false,
    sources: ['cbs:03759ned'],
    mixedSources: false,
    evidence: 'cbs',
    breakBefore: false,
    suspect: [],
    ...marks,
  };
}

export function comparison(
  code: string,
  name: string,
  role: ComparisonSeries['role'],
  series: readonly SeriesPointView[],
): ComparisonSeries {
  return {
    region: { code, name, level: 'gemeente' },
    role,
    series,
    progress: { status: 'no_data', statusLabel: 'Geen data', scale: 'not_available', scaleLabel: 'Geen oordeel mogelijk' },
  };
}

export function level(year: number, value: number): TrajectoryPoint {
  return { year, basis: 'level', value, lower: null, upper: null };
}

export function band(year: number, lower: number | null, upper: number | null): TrajectoryPoint {
  return { year, basis: 'band', value: null, lower, upper };
}

type DetailOverrides = Partial<Omit<IndicatorDetailResponse, 'indicator'>> & {
  unit?: IndicatorView['unit'];
  indicator?: Partial<IndicatorView>;
};

/** An indicator detail of Assen with the given series; the rest as an indicator without target. */
export function detail(overrides: DetailOverrides = {}): IndicatorDetailResponse {
  const { unit = 'count', indicator = {}, ...rest } = overrides;
  const base = {
    indicator: { id: 'population-total', ambition: 'generaties', title: 'Inwoners', unit, decimals: 0, primaryRegion: null, ...indicator },
    region: { code: 'GM0106', name: 'Assen', level: 'gemeente' },
    status: 'moderate_progress',
    series: [],
    target: null,
    trajectory: [],
    comparisons: [],
    lineage: [],
    lastUpdated: null,
    coverage: { kind: 'verdict', reasons: [] },
    breaks: [],
  };
  // The views read only these fields; the rest of the contract is not needed to test them.
  return { ...base, ...rest } as unknown as IndicatorDetailResponse;
}
