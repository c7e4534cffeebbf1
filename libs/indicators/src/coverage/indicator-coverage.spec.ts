import { getIndicator } from '../ambitions/ambition.catalogue';
import { computeIndicatorSeries } from '../compute/series.compute';
import { evaluateProgress } from '../compute/progress/evaluate.progress';
import type { MeasureSeriesMap } from '../compute/align.compute';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { SeriesPoint } from '../types/series.types';
import { indicatorCoverage, whyNoVerdict } from './indicator-coverage';
import { seriesBreaks } from './series-breaks';

function indicator(id: string): IndicatorDefinition {
  const found = getIndicator(id);
  if (!found) throw new Error(id);
  return found;
}

const p = (year: number, value: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  period: `${year}JJ00`,
  year,
  value,
  provisional: false,
  definitions: ['default'],
  sources: ['file:x'],
  ...extra,
});

function coverage(id: string, inputs: MeasureSeriesMap) {
  const def = indicator(id);
  const computed = computeIndicatorSeries(def, 'GM0106', inputs);
  return indicatorCoverage(def, inputs, computed, evaluateProgress(def, computed));
}

describe('indicatorCoverage', () => {
  it('should have a verdict and no reasons when real figures are judged', () => {
    // Gas use per home, KWB via geoinzicht: 1,350 (2017), 1,010 (2022).
    expect(coverage('gas-use-per-dwelling', { gas_use_avg_dwelling_m3: { region: 'GM0106', points: [p(2017, 1350), p(2022, 1010)] } })).toEqual({ kind: 'verdict', reasons: [] });
  });

  it('should say the table loads at the next run when a CBS measure was never loaded', () => {
    const result = coverage('gas-free-dwellings-share', {});
    expect(result.kind).toBe('none');
    expect(result.reasons).toMatchObject([{ code: 'loads-next-run', measure: 'dwellings_gas_free_pct', tableId: '84583NED' }]);
    expect(result.reasons[0]!.text.nl).toBe('Aardgasvrije woningen komt uit CBS-tabel 84583NED. Die wordt bij de volgende nachtelijke run geladen, zodra Koers CBS kan bereiken.');
  });

  it('should name the template when the municipality’s file is needed', () => {
    expect(coverage('office-vacancy', {}).reasons).toMatchObject([
      { code: 'municipal-file-needed', measure: 'office_vacant_m2', uploadKind: 'vacancy', formatAgreed: true },
      { code: 'municipal-file-needed', measure: 'office_floor_m2', uploadKind: 'vacancy', formatAgreed: true },
    ]);
    expect(coverage('fibre-coverage', {}).reasons).toMatchObject([{ code: 'municipal-file-needed', formatAgreed: false }]);
  });

  it('should say the table edition left the variable empty when only missing figures were loaded', () => {
    // KWB 2020 (84799NED), captured March 2021: the gas use of 2020 was not filled in yet.
    const inputs = { gas_use_avg_dwelling_m3: { region: 'GM0106', points: [p(2020, null, { missingReason: 'null', sources: ['cbs-v3:84799NED'] })] } };
    const result = coverage('gas-use-per-dwelling', inputs);
    expect(result).toMatchObject({ kind: 'none', reasons: [{ code: 'not-filled-in-edition', tables: ['84799NED'] }] });
    expect(result.reasons[0]!.text.nl).toContain('de tabel 84799NED (2020) heeft dit cijfer nog niet ingevuld');
  });

  it('should name the input that is missing for a derived figure whose inputs never share a year', () => {
    // Jobs 2008–2010 (81402ned, Assen 38,810 …) against inhabitants 15–74 known only from 2019 on (illustrative).
    const inputs = {
      jobs_total: { region: 'GM0106', points: [p(2008, 38810), p(2010, 41240)] },
      population_age_15_74: { region: 'GM0106', points: [p(2019, 50000), p(2024, 51000)] },
    };
    const result = coverage('jobs-per-1000-residents', inputs);
    expect(result.kind).toBe('none');
    expect(result.reasons).toMatchObject([{ code: 'input-missing', measure: 'jobs_total', period: '2024JJ00' }]);
    expect(result.reasons[0]!.text.nl).toBe('Voor 2024 ontbreekt banen (werkzame personen); die cijfers zijn er voor 2008–2010. Zonder dat cijfer is deze waarde niet te berekenen.');
  });

  it('should call voorbeelddata alone demo-only, with the file that is needed', () => {
    const inputs = { jobs_total: { region: 'GM0106', points: [p(2017, 45000, { demo: true }), p(2020, 45600, { demo: true })] } };
    const result = coverage('jobs-total', inputs);
    expect(result.kind).toBe('demo-only');
    expect(result.reasons[0]).toMatchObject({ code: 'only-demo', measure: 'jobs_total' });
    expect(result.reasons[0]!.text.nl).toContain('sjabloon "employment"');
  });
});

describe('whyNoVerdict', () => {
  it('should give one line on why real figures have no verdict, and nothing when there is one', () => {
    // Grey pressure, 70072ned 2025: 38.7 — one year only.
    const grey = indicator('grey-pressure');
    const one = evaluateProgress(grey, { region: 'GM0106', points: [p(2025, 38.7)] });
    expect(whyNoVerdict(one)?.nl).toBe('Er is maar één jaar met cijfers: een ontwikkeling vraagt minstens twee.');
    const gas = indicator('gas-use-per-dwelling');
    expect(whyNoVerdict(evaluateProgress(gas, { region: 'GM0106', points: [p(2017, 1350), p(2022, 1010)] }))).toBeNull();
  });
});

describe('seriesBreaks', () => {
  it('should mark where the definition changes and where Groningen’s boundaries changed', () => {
    const def = seriesBreaks({ region: 'GM0106', points: [p(2010, 1, { definitions: ['cbs-employee-jobs-december'] }), p(2017, 2, { definitions: ['LISA'] }), p(2018, 3, { definitions: ['LISA'] })] });
    expect(def.map((b) => [b.year, b.kind])).toEqual([[2017, 'definition']]);
    const merger = seriesBreaks({ region: 'GM0014', points: [p(2016, 1), p(2020, 2)] });
    expect(merger.map((b) => [b.year, b.kind])).toEqual([[2019, 'boundary']]);
  });
});
