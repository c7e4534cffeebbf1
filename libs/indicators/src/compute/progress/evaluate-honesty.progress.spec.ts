import { getIndicator } from '../../ambitions/ambition.catalogue';
import type { IndicatorDefinition } from '../../types/indicator.types';
import type { Series, SeriesPoint } from '../../types/series.types';
import { evaluateProgress } from './evaluate.progress';

function indicator(id: string): IndicatorDefinition {
  const found = getIndicator(id);
  if (found === undefined) throw new Error(`catalogue lacks ${id}`);
  return found;
}

function point(year: number, value: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { period: `${year}JJ00`, year, value, provisional: false, definitions: ['default'], ...extra };
}

const series = (region: string, points: SeriesPoint[]): Series => ({ region, points });

// Figures marked "illustrative" only exercise the rule; the others are published (sources named beside them).
describe('evaluateProgress: no change is not deterioration', () => {
  it('should call a flat ratio no change when 0.875 stays 0.875', () => {
    // Cars per household (decimals 2, half a step 0.005). The ratio of two stored counts is 0.8749999… one year
    // and 0.8750001… the next (illustrative): Open SDG alone would call the tiny decline deterioration.
    const result = evaluateProgress(indicator('cars-per-household'), series('GM0106', [point(2017, 0.8750001), point(2018, 0.8749999)]));
    expect(result.status).toBe('no_change');
    expect(result.scale).toBe('limited_progress');
    expect(result.explanation.guards).toContain('no-change-within-precision');
  });

  it('should still call a real decline deterioration when it is larger than the published precision', () => {
    // Cars per household rising from 1.06 to 1.10 (illustrative) is a change in the wrong direction.
    const result = evaluateProgress(indicator('cars-per-household'), series('GM0106', [point(2017, 1.06), point(2018, 1.1)]));
    expect(result.status).toBe('deterioration');
  });

  it('should call ±0.0 percentage points no change for a share published with one decimal', () => {
    // Highly educated share (1 decimal): 29.60 → 29.64 (illustrative) shows as 29,6 → 29,6.
    const result = evaluateProgress(indicator('highly-educated-share'), series('GM0106', [point(2017, 29.6), point(2018, 29.64)]));
    expect(result.status).toBe('no_change');
  });
});

describe('evaluateProgress: voorbeelddata never count', () => {
  it('should give no judgement when there are only voorbeelddata', () => {
    const demo = [point(2017, 1200, { demo: true }), point(2020, 1500, { demo: true })];
    const result = evaluateProgress(indicator('jobs-total'), series('GM0106', demo));
    expect(result).toMatchObject({ status: 'not_available', scale: 'not_available', basis: 'demo-only' });
    expect(result.explanation.guards).toEqual(['only-demo-data']);
    expect(result.explanation.text.nl).toContain('alleen voorbeelddata');
  });

  it('should judge on the real figures alone when voorbeelddata sit beside them', () => {
    // Gas use per home, KWB via geoinzicht: 1,350 (2017) and 1,340 (2018); a voorbeelddata 2019 of 500 would
    // otherwise make a large improvement.
    const points = [point(2017, 1350), point(2018, 1340), point(2019, 500, { demo: true })];
    const result = evaluateProgress(indicator('gas-use-per-dwelling'), series('GM0106', points));
    expect(result.basis).toBe('real');
    expect(result.explanation.latest).toMatchObject({ year: 2018, value: 1340 });
    expect(result.explanation.guards).toContain('demo-data-ignored');
  });
});

describe('evaluateProgress: a jump beyond the plausible range is a possible data error', () => {
  it('should not credit a jump flagged by the data checks as progress', () => {
    // Households 30,587 (2017, KWB via geoinzicht), then 3,066 (illustrative: a lost digit) flagged as a jump.
    const points = [point(2017, 30587), point(2018, 3066, { suspect: ['households_total:jump'] })];
    const result = evaluateProgress(indicator('households-total'), series('GM0106', points));
    expect(result.status).toBe('not_available');
    expect(result.basis).toBe('real');
    expect(result.explanation.guards).toContain('possible-data-error');
    expect(result.explanation.text.nl).toContain('mogelijk een fout in de data');
  });
});

describe('evaluateProgress: breaks are not spliced', () => {
  it('should judge only the comparable stretch when the definition changes', () => {
    // Jobs: CBS employee jobs in December 2008–2010 (81402ned, Assen: 38.81, 39.28, 41.24 thousand), then LISA
    // jobs (illustrative 2017 and 2020). Only the LISA stretch is compared with the target.
    const cbs = { definitions: ['cbs-employee-jobs-december'] };
    const lisa = { definitions: ['LISA'] };
    const points = [
      point(2008, 38810, cbs),
      point(2009, 39280, cbs),
      point(2010, 41240, cbs),
      point(2017, 45000, lisa),
      point(2020, 45600, lisa),
    ];
    const result = evaluateProgress(indicator('jobs-total'), series('GM0106', points));
    expect(result.comparableFrom).toBe(2017);
    expect(result.explanation.guards).toContain('series-break');
    expect(result.explanation.base).toMatchObject({ year: 2017, value: 45000 });
  });

  it('should start at the merger when the area of Groningen changed in 2019', () => {
    // Population of Groningen (gemeente) on 1 January: 201,603 in 2017 (37230ned, end of 2016, before the merger),
    // 231,299 in 2019 and 232,874 in 2020 (03759ned). Across the merger the growth is the merger, not the city.
    const points = [point(2017, 201603), point(2019, 231299), point(2020, 232874)];
    const result = evaluateProgress(indicator('population-total'), series('GM0014', points));
    expect(result.comparableFrom).toBe(2019);
    expect(result.explanation.guards).toContain('boundary-change');
    expect(result.explanation.base).toMatchObject({ year: 2019 });
  });
});

describe('evaluateProgress: out-of-date figures are marked', () => {
  it.each([
    // A yearly figure of 2022 ends 31 December 2022; 24 months later is 31 December 2024.
    ['2024-12-31', false],
    ['2025-01-01', true],
  ] as const)('should mark a 2022 gas figure stale on %s: %p', (asOf, stale) => {
    const result = evaluateProgress(indicator('gas-use-per-dwelling'), series('GM0106', [point(2017, 1350), point(2022, 1010)]), { asOf });
    expect(result.stale).toBe(stale);
    expect(result.explanation.guards.includes('stale-latest')).toBe(stale);
  });

  it('should never call a figure stale without an evaluation date', () => {
    expect(evaluateProgress(indicator('care-jobs'), series('GM0106', [point(2008, 10000), point(2010, 13440)])).stale).toBe(false);
  });
});
