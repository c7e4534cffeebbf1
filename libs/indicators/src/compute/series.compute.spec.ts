import { INDICATORS } from '../ambitions/ambition.catalogue';
import type { Series } from '../types/series.types';
import { IndicatorError } from './indicator.exception';
import { comparePeriods, isAnnualPeriod, periodYear, shiftPeriodYear } from '../periods/period-code';
import { computeFormulaSeries, computeIndicatorForRegions, computeIndicatorSeries, formulaInputs } from './series.compute';

function series(region: string, values: Record<string, number | null>, provisional: readonly string[] = []): Series {
  return {
    region,
    points: Object.entries(values).map(([period, value]) => ({
      period,
      year: Number(period.slice(0, 4)),
      value,
      provisional: provisional.includes(period),
      ...(value === null ? { missingReason: '.' } : {}),
    })),
  };
}

const officeVacancy = INDICATORS.find((i) => i.id === 'office-vacancy');

describe('computeIndicatorSeries', () => {
  it('should compute every period of the union of the inputs when inputs differ in coverage', () => {
    // 2023: 900 / 6000 × 100 = 15; 2024: 600 / 6000 × 100 = 10; 2025: vacant m² missing → missing.
    const result = computeIndicatorSeries(officeVacancy ?? INDICATORS[0], 'GM0106', {
      office_vacant_m2: series('GM0106', { '2024JJ00': 600, '2023JJ00': 900 }, ['2024JJ00']),
      office_floor_m2: series('GM0106', { '2023JJ00': 6000, '2024JJ00': 6000, '2025JJ00': 6100 }),
    });
    expect(result.region).toBe('GM0106');
    expect(result.points.map((p) => p.period)).toEqual(['2023JJ00', '2024JJ00', '2025JJ00']);
    expect(result.points.map((p) => p.value)).toEqual([15, 10, null]);
    expect(result.points.map((p) => p.provisional)).toEqual([false, true, false]);
    expect(result.points[2].missingReason).toBe('input-absent');
  });

  it('should give wijk and peer values from the same function when computed for many regions', () => {
    // WK010600: 30 / 200 × 100 = 15; GM0114: 45 / 300 × 100 = 15; GM0118: 0 / 0 → missing.
    const formula = { kind: 'share', part: ['retail_objects_vacant'], total: ['retail_objects_total'] } as const;
    const byRegion = computeIndicatorForRegions(
      { formula },
      {
        WK010600: {
          retail_objects_vacant: series('WK010600', { '2024JJ00': 30 }),
          retail_objects_total: series('WK010600', { '2024JJ00': 200 }),
        },
        GM0114: {
          retail_objects_vacant: series('GM0114', { '2024JJ00': 45 }),
          retail_objects_total: series('GM0114', { '2024JJ00': 300 }),
        },
        GM0118: { retail_objects_vacant: series('GM0118', { '2024JJ00': 0 }), retail_objects_total: series('GM0118', { '2024JJ00': 0 }) },
      },
    );
    expect(byRegion.WK010600.points[0].value).toBe(15);
    expect(byRegion.GM0114.points[0].value).toBe(15);
    expect(byRegion.GM0118.points[0]).toMatchObject({ value: null, missingReason: 'division-by-zero' });
  });

  it('should return an empty series when no input was ever loaded', () => {
    expect(computeFormulaSeries({ kind: 'direct', input: 'jobs_total' }, 'GM0106', {})).toEqual({ region: 'GM0106', points: [] });
  });

  it.each([
    ['REGION_MISMATCH', { jobs_total: series('GM0114', { '2024JJ00': 1 }) }],
    ['DUPLICATE_PERIOD', { jobs_total: series('GM0106', { '2024JJ00': 1 }) }],
    ['INVALID_PERIOD', { jobs_total: { region: 'GM0106', points: [{ period: '2024', year: 2024, value: 1, provisional: false }] } }],
  ] as const)('should throw %s when the inputs break the contract', (code, inputs) => {
    const withDuplicate =
      code === 'DUPLICATE_PERIOD'
        ? { jobs_total: { ...inputs.jobs_total, points: [...inputs.jobs_total.points, ...inputs.jobs_total.points] } }
        : inputs;
    const run = (): unknown => computeFormulaSeries({ kind: 'direct', input: 'jobs_total' }, 'GM0106', withDuplicate);
    expect(run).toThrow(IndicatorError);
    try {
      run();
    } catch (error) {
      expect((error as IndicatorError).code).toBe(code);
    }
  });

  it('should list each input once when a formula names a measure twice', () => {
    expect(formulaInputs({ kind: 'share', part: ['education_high'], total: ['education_low', 'education_high'] })).toEqual([
      'education_high',
      'education_low',
    ]);
  });
});

describe('period codes', () => {
  it.each([
    ['2024JJ00', 2024, true, '2023JJ00'],
    ['2024MM06', 2024, false, '2023MM06'],
    ['2025KW01', 2025, false, '2024KW01'],
  ] as const)('should read %s as year %i when parsed', (code, year, annual, previous) => {
    expect(periodYear(code)).toBe(year);
    expect(isAnnualPeriod(code)).toBe(annual);
    expect(shiftPeriodYear(code, -1)).toBe(previous);
  });

  it('should order by year and then by code when sorting periods', () => {
    expect(['2024MM01', '2023JJ00', '2024JJ00'].sort(comparePeriods)).toEqual(['2023JJ00', '2024JJ00', '2024MM01']);
    expect(() => periodYear('2024-01')).toThrow(IndicatorError);
  });
});
