import { getIndicator } from '../../ambitions/ambition.catalogue';
import type { IndicatorDefinition } from '../../types/indicator.types';
import type { Series } from '../../types/series.types';
import { computeIndicatorSeries } from '../series.compute';
import { evaluateProgress, evaluateProgressForRegions } from './evaluate.progress';

function indicator(id: string): IndicatorDefinition {
  const found = getIndicator(id);
  if (found === undefined) {
    throw new Error(`catalogue lacks ${id}`);
  }
  return found;
}

function series(region: string, values: Record<number, number | null>, provisional: readonly number[] = []): Series {
  return {
    region,
    points: Object.entries(values).map(([year, value]) => ({
      period: `${year}JJ00`,
      year: Number(year),
      value,
      provisional: provisional.includes(Number(year)),
    })),
  };
}

/**
 * Real published figures.
 * Gas use per home in Assen (KWB via geoinzicht, /work/shared/data/geo/geoinzicht/
 * gemeenten_properties_2012-2024_GM0106_peers.csv, column gem_aardgas).
 */
const ASSEN_GAS = { 2012: 1650, 2017: 1350, 2018: 1340, 2019: 1230, 2022: 1010 };

/** Population on 1 January, CBS 03759ned measure M000352 (/work/shared/data/cbs-v4/03759ned/observations-page-1.json). */
const POPULATION = {
  GM0106: { 2019: 67963, 2020: 68599, 2021: 68836, 2022: 68979, 2023: 69414, 2024: 69701, 2025: 70392, 2026: 70769 },
  PV22: { 2019: 492167, 2020: 493682, 2021: 494771, 2022: 497743, 2023: 502051, 2024: 504129, 2025: 506529, 2026: 508109 },
  NL01: { 2019: 17282163, 2020: 17407585, 2021: 17475415, 2022: 17590672, 2023: 17811291, 2024: 17942942, 2025: 18044027, 2026: 18130208 },
};

describe('evaluateProgress on real Assen figures', () => {
  it('should judge gas use per home as substantial progress when it fell from 1,350 to 1,010 m³', () => {
    // Base 2017 = 1,350. Trend over 2017, 2018, 2019, 2022: t̄ = 2019, ȳ = 4,930/4 = 1,232.5,
    // Σ(t−t̄)(y−ȳ) = −235 − 107.5 + 0 − 667.5 = −1,010, Σ(t−t̄)² = 14, slope −72.142857;
    // trend 2022 = 1,232.5 − 3 × 72.142857 = 1,016.071429.
    // CAGR = (1,016.071429/1,350)^(1/5) − 1 = −0.055247; lower is better → P = +0.055247 ≥ 0.015.
    const result = evaluateProgress(indicator('gas-use-per-dwelling'), series('GM0106', ASSEN_GAS));
    expect(result.status).toBe('substantial_progress');
    expect(result.scale).toBe('substantial_progress');
    expect(result.explanation.base).toEqual({ period: '2017JJ00', year: 2017, value: 1350, provisional: false });
    expect(result.explanation.latest).toMatchObject({ year: 2022, value: 1010 });
    expect(result.explanation.latestValueUsed).toBeCloseTo(1016.0714285714286, 9);
    expect(result.explanation.observedPace).toBeCloseTo(-0.055247403500423564, 12);
    expect(result.explanation.progressValue).toBeCloseTo(0.055247403500423564, 12);
    expect(result.explanation.thresholds).toEqual({ high: 0.015, med: 0.005, low: 0, coefficient: 1 });
    // 500 × 0.055 − 5 > 5 → capped at 5
    expect(result.score).toBe(5);
    expect(result.explanation.guards).toEqual(['noise-guard-trend']);
    // One number per year: the published 1,010, and in words that the line through the years was used.
    expect(result.explanation.text.nl).toContain(
      'Van 2017 (1.350) tot 2022 (1.010) daalde het gemiddeld 5,52% per jaar, gemeten langs de lijn door de jaren met cijfers.',
    );
    expect(result.explanation.text.nl).not.toContain('1.016');
    expect(result.explanation.text.en).toContain('Status: substantial progress.');
  });

  it.each([
    // Electricity (gem_elektriciteit, kWh): 2660 (2017), 2570, 2490, 2380 (2022). Trend: ȳ = 2,525,
    // Σ(t−t̄)(y−ȳ) = −270 − 45 + 0 − 435 = −750, slope −750/14 = −53.571429, trend 2022 = 2,525 − 160.714286 = 2,364.285714;
    // (2,364.285714/2,660)^(1/5) − 1 = −0.023294 → lower is better → P = +0.023294 → substantial.
    [
      'electricity-use-per-dwelling',
      { 2012: 3100, 2017: 2660, 2018: 2570, 2019: 2490, 2022: 2380 },
      2364.285714285714,
      -0.023294430329381943,
      'substantial_progress',
      5,
    ],
    // WOZ value (gem_woz_waarde, × €1,000): 165 (2017), 172, 184, 237, 278 (2023). Trend: t̄ = 2,019.8, ȳ = 207.2,
    // Σ(t−t̄)(y−ȳ) = 492.2, Σ(t−t̄)² = 26.8, slope 18.365672, trend 2023 = 207.2 + 3.2 × 18.365672 = 265.970149;
    // (265.970149/165)^(1/6) − 1 = 0.082825 → lower is better (affordability) → P = −0.082825 → deterioration,
    // score max(125 × −0.0828 − 2.5, −5) = −5.
    [
      'woz-value',
      { 2012: 173, 2017: 165, 2018: 172, 2019: 184, 2022: 237, 2023: 278 },
      265.9701492537322,
      0.08282471251842294,
      'deterioration',
      -5,
    ],
  ] as const)('should judge %s on the published Assen series', (id, values, trend, pace, status, score) => {
    const result = evaluateProgress(indicator(id), series('GM0106', values));
    expect(result.explanation.latestValueUsed).toBeCloseTo(trend, 9);
    expect(result.explanation.observedPace).toBeCloseTo(pace, 12);
    expect(result.status).toBe(status);
    expect(result.score).toBe(score);
  });

  it('should give the two-point Open SDG value on the same figures when the noise guard is off', () => {
    // (1,010/1,350)^(1/5) − 1 = −0.056379
    const result = evaluateProgress(indicator('gas-use-per-dwelling'), series('GM0106', ASSEN_GAS), { noiseWindow: 0 });
    expect(result.explanation.observedPace).toBeCloseTo(-0.0563791659037044, 12);
    expect(result.status).toBe('substantial_progress');
  });

  it('should compare population growth with Drenthe and the Netherlands when evaluated per region', () => {
    // Base 2017 is not in 03759ned's capture → 2019 is used. Trend over 2022–2026, e.g. Assen:
    // ȳ = 349,255/5 = 69,851, slope = 4,558/10 = 455.8, trend 2026 = 69,851 + 2 × 455.8 = 70,762.6;
    // (70,762.6/67,963)^(1/7) − 1 = 0.005783 → moderate (≥ 0.005). Drenthe: trend 508,754.2 → 0.004747 → limited.
    // Netherlands: trend 18,166,189.6 → 0.007152 → moderate.
    const byRegion = evaluateProgressForRegions(indicator('population-total'), {
      GM0106: series('GM0106', POPULATION.GM0106),
      PV22: series('PV22', POPULATION.PV22),
      NL01: series('NL01', POPULATION.NL01),
    });
    expect(byRegion.GM0106.explanation.observedPace).toBeCloseTo(0.00578339866174149, 12);
    expect(byRegion.GM0106.status).toBe('moderate_progress');
    expect(byRegion.PV22.explanation.observedPace).toBeCloseTo(0.004746500896438466, 12);
    expect(byRegion.PV22.status).toBe('limited_progress');
    expect(byRegion.NL01.explanation.observedPace).toBeCloseTo(0.0071522018274472465, 12);
    expect(byRegion.NL01.status).toBe('moderate_progress');
    expect(byRegion.GM0106.explanation.base?.year).toBe(2019);
    expect(byRegion.GM0106.explanation.guards).toEqual(['base-year-shifted', 'noise-guard-trend']);
  });
});

describe('evaluateProgress', () => {
  it('should say "geen data" and where the data would come from when nothing is loaded', () => {
    const result = evaluateProgress(indicator('office-vacancy'), { region: 'GM0106', points: [] });
    expect(result.status).toBe('no_data');
    expect(result.scale).toBe('not_available');
    expect(result.dataSources.map((d) => d.measure)).toEqual(['office_vacant_m2', 'office_floor_m2']);
    expect(result.dataSources[0].source).toMatchObject({ uploadKind: 'vacancy', field: 'm2_leeg', filter: { functie: 'kantoor' } });
    expect(result.explanation.text.nl).toContain('Geen data');
    expect(result.explanation.text.nl).toContain('upload "vacancy", kolom m2_leeg (functie=kantoor; BAG/IMVG)');
  });

  it('should treat a series of only missing values as no data, never as zeros', () => {
    const result = evaluateProgress(indicator('gas-use-per-dwelling'), series('GM0106', { 2022: null, 2023: null }));
    expect(result.status).toBe('no_data');
  });

  it('should judge new-build cumulatively against 340 a year when homes are loaded', () => {
    // 2018–2021: 300 + 400 + 350 + 310 = 1,360 = 4 × 340: on course (tolerance 68)
    const result = evaluateProgress(indicator('new-build-dwellings'), series('GM0106', { 2018: 300, 2019: 400, 2020: 350, 2021: 310 }));
    expect(result.status).toBe('on_course');
    expect(result.scale).toBe('substantial_progress');
    expect(result.explanation.required).toEqual({ year: 2021, value: 1360, tolerance: 68 });
    expect(result.explanation.text.nl).toContain('Van 2018 tot en met 2021 in totaal 1.360; volgens de opgave nodig: 1.360 (± 68).');
  });

  it('should judge jobs against +0.4% a year and flag a passed target year', () => {
    // target 2025 = 40,000 × 1.004^8; observed (40,000 × 1.003^9 / 40,000)^(1/9) − 1 = 0.003 a year
    // P = 0.003/0.004 = 0.75 → moderate. Two points: no trend.
    const result = evaluateProgress(indicator('jobs-total'), series('GM0106', { 2017: 40000, 2026: 40000 * 1.003 ** 9 }));
    expect(result.status).toBe('moderate_progress');
    expect(result.explanation.progressValue).toBeCloseTo(0.75, 9);
    expect(result.explanation.requiredPace).toBeCloseTo(0.004, 12);
    expect(result.explanation.guards).toEqual(['noise-guard-skipped', 'target-year-passed']);
    // projected 2025 at 0.3% a year from the 2026 value: one year back = 40,000 × 1.003^8
    expect(result.explanation.projected?.value).toBeCloseTo(40000 * 1.003 ** 8, 6);
  });

  it('should compute retail change from floor space and judge the mean against the band', () => {
    // floor space 10,000 → 9,800 → 9,700 → 9,650 (m²): changes −200, −100, −50; mean of 3 = −350/3 = −116.67 → on course
    const floor = { retail_floor_m2: series('GM0106', { 2018: 10000, 2019: 9800, 2020: 9700, 2021: 9650 }) };
    const retail = indicator('retail-floor-space-change');
    const change = computeIndicatorSeries(retail, 'GM0106', floor);
    expect(change.points.map((p) => p.value)).toEqual([null, -200, -100, -50]);
    const result = evaluateProgress(retail, change, { noiseWindow: 3 });
    expect(result.status).toBe('on_course');
    expect(result.explanation.latestValueUsed).toBeCloseTo(-350 / 3, 12);
  });

  it('should flag a provisional latest value and ignore monthly periods', () => {
    const withMonths: Series = {
      region: 'GM0106',
      points: [
        ...series('GM0106', { 2020: 64, 2021: 70 }, [2021]).points,
        { period: '2021MM06', year: 2021, value: 5, provisional: false },
      ],
    };
    const result = evaluateProgress(indicator('housing-stock'), withMonths);
    expect(result.provisional).toBe(true);
    expect(result.explanation.guards).toEqual([
      'base-year-shifted',
      'noise-guard-skipped',
      'non-annual-periods-ignored',
      'provisional-latest',
    ]);
    expect(result.explanation.text.nl).toContain('Het laatste cijfer is voorlopig.');
  });
});
