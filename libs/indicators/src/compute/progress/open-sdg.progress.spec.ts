import type { ProgressThresholds } from '../../types/progress.types';
import type { YearPoint } from '../../types/series.types';
import { IndicatorError } from '../indicator.exception';
import { classifyProgress, limitCoefficient, openSdgProgress, openSdgScore } from './open-sdg.progress';

function points(values: Record<number, number>): YearPoint[] {
  return Object.entries(values).map(([year, value]) => ({ period: `${year}JJ00`, year: Number(year), value, provisional: false }));
}

const METHOD_1: ProgressThresholds = { high: 0.015, med: 0.005, low: 0, coefficient: 1 };
const METHOD_2: ProgressThresholds = { high: 0.95, med: 0.6, low: 0, coefficient: 1 };

describe('classifyProgress', () => {
  it.each([
    [0.015, METHOD_1, 'substantial_progress'],
    [0.0149999, METHOD_1, 'moderate_progress'],
    [0.005, METHOD_1, 'moderate_progress'],
    [0.0049999, METHOD_1, 'limited_progress'],
    [0, METHOD_1, 'limited_progress'],
    [-0.0000001, METHOD_1, 'deterioration'],
    [0.95, METHOD_2, 'substantial_progress'],
    [0.9499999, METHOD_2, 'moderate_progress'],
    [0.6, METHOD_2, 'moderate_progress'],
    [0.5999999, METHOD_2, 'limited_progress'],
    [0, METHOD_2, 'limited_progress'],
    [-0.0000001, METHOD_2, 'deterioration'],
    [null, METHOD_1, 'not_available'],
  ] as const)('should classify P = %p as %s when at or next to a boundary', (value, thresholds, status) => {
    expect(classifyProgress(value, thresholds)).toBe(status);
  });
});

describe('openSdgScore', () => {
  it.each([
    // method 1: P ≥ high → min(500P − 5, 5); med ≤ P < high → 250P − 1.25; low ≤ P < med → 500P − 2.5; P < low → max(125P − 2.5, −5)
    [1, 0.02, 5], // 500·0.02 − 5 = 5
    [1, 0.015, 2.5], // 7.5 − 5
    [1, 0.01, 1.25], // 2.5 − 1.25
    [1, 0.005, 0], // 1.25 − 1.25
    [1, 0.004, -0.5], // 2 − 2.5
    [1, 0, -2.5],
    [1, -0.01, -3.75], // −1.25 − 2.5
    [1, -0.1, -5], // max(−15, −5)
    // method 2: P ≥ 0.6 → min(7.1429P − 4.2857, 5); else max(4.1667P − 2.5, −5)
    [2, 0.95, 2.500055], // 6.785755 − 4.2857
    [2, 0.6, 0.00004], // 4.28574 − 4.2857
    [2, 0.3, -1.24999], // 1.25001 − 2.5
    [2, 0, -2.5],
    [2, -1, -5], // max(−6.6667, −5)
    [2, 2, 5], // min(10.0001, 5)
  ] as const)('should score method %i with P = %p as %p when mapped to [−5, 5]', (method, value, score) => {
    expect(openSdgScore(method, value, method === 1 ? METHOD_1 : METHOD_2, false)).toBeCloseTo(score, 9);
  });

  it('should score 5 when the target is achieved and null when there is no value', () => {
    expect(openSdgScore(2, -3, METHOD_2, true)).toBe(5);
    expect(openSdgScore(1, null, METHOD_1, false)).toBeNull();
    // c = 0 (base exactly at the limit) and P ≥ 0 → 5
    expect(openSdgScore(1, 0, { high: 0, med: 0, low: 0, coefficient: 0 }, false)).toBe(5);
  });
});

describe('limitCoefficient', () => {
  it.each([
    [80, 100, 0.6287046226695863], // b ≤ L: 1 − 0.8^4.44
    [120, 100, 0.6287046226695863], // L < b < 2L: 1 − ((200 − 120)/100)^4.44 = 1 − 0.8^4.44
    [200, 100, 1], // b ≥ 2L
    [100, 100, 0], // b = L: 1 − 1
    [0, 0, 1], // b ≥ 2L checked first, as in sdg-build
  ])('should give c(%p, %p) = %p when reducing thresholds near a limit', (base, limit, c) => {
    expect(limitCoefficient(base, limit)).toBeCloseTo(c, 12);
  });
});

describe('openSdgProgress', () => {
  const up = { direction: 'higher-is-better', baseYear: 2020 } as const;
  const down = { direction: 'lower-is-better', baseYear: 2020 } as const;

  it.each([
    // 64 → 81 in 2 years: (81/64)^(1/2) − 1 = 1.125 − 1 = 0.125; P = +0.125 ≥ 0.015
    ['substantial', up, { 2020: 64, 2022: 81 }, 0.125, 'substantial_progress', 5],
    // same data, lower is better: P = −0.125 < 0; score max(125·−0.125 − 2.5, −5) = −5
    ['deterioration', down, { 2020: 64, 2022: 81 }, -0.125, 'deterioration', -5],
    // 100 → 101 in 1 year: 0.01; 0.005 ≤ 0.01 < 0.015; score 250·0.01 − 1.25 = 1.25
    ['moderate', up, { 2020: 100, 2021: 101 }, 0.01, 'moderate_progress', 1.25],
    // 1000 → 1002: 0.002; 0 ≤ 0.002 < 0.005; score 500·0.002 − 2.5 = −1.5
    ['limited', up, { 2020: 1000, 2021: 1002 }, 0.002, 'limited_progress', -1.5],
    // −100 → −81: (0.81)^(1/2) − 1 = −0.1; s = −1 (negative base), d = +1 → P = +0.1
    ['sign of a negative base', up, { 2020: -100, 2022: -81 }, 0.1, 'substantial_progress', 5],
  ] as const)('should compute method 1 when %s', (_name, config, values, p, status, score) => {
    const outcome = openSdgProgress(points(values), config);
    expect(outcome.method).toBe(1);
    expect(outcome.progressValue).toBeCloseTo(p, 12);
    expect(outcome.status).toBe(status);
    expect(outcome.score).toBeCloseTo(score, 12);
    expect(outcome.guards).toEqual([]);
  });

  it.each([
    // required (81/64)^(1/2) − 1 = 0.125; observed 70/64 − 1 = 0.09375; P = 0.09375/0.125 = 0.75
    ['moderate at P = 0.75', up, { 2020: 64, 2021: 70 }, 81, 0.75, 'moderate_progress', 1.071475],
    // observed 72/64 − 1 = 0.125; P = 1 ≥ 0.95 but 72 < 81: not achieved
    ['substantial at P = 1', up, { 2020: 64, 2021: 72 }, 81, 1, 'substantial_progress', 2.8572],
    // observed 68/64 − 1 = 0.0625; P = 0.5 < 0.6
    ['limited at P = 0.5', up, { 2020: 64, 2021: 68 }, 81, 0.5, 'limited_progress', -0.41665],
    // lower is better: required (36/64)^(1/2) − 1 = −0.25; observed 56/64 − 1 = −0.125; P = −1·−0.125/0.25 = 0.5
    ['limited when falling toward a lower target', down, { 2020: 64, 2021: 56 }, 36, 0.5, 'limited_progress', -0.41665],
    // observed 60/64 − 1 = −0.0625 while higher is better: P = −0.0625/0.125 = −0.5
    ['deterioration when moving away', up, { 2020: 64, 2021: 60 }, 81, -0.5, 'deterioration', -4.58335],
  ] as const)('should compute method 2 when %s', (_name, config, values, target, p, status, score) => {
    const outcome = openSdgProgress(points(values), { ...config, target: { kind: 'level', year: 2022, value: target } });
    expect(outcome.method).toBe(2);
    expect(outcome.progressValue).toBeCloseTo(p, 12);
    expect(outcome.status).toBe(status);
    expect(outcome.score).toBeCloseTo(score, 9);
  });

  it('should reach target_achieved first when the latest value passes the target', () => {
    // 81 ≥ 81 (higher is better) → achieved, whatever P is.
    const outcome = openSdgProgress(points({ 2020: 64, 2022: 81 }), { ...up, target: { kind: 'level', year: 2030, value: 81 } });
    expect(outcome).toMatchObject({ status: 'target_achieved', targetAchieved: true, score: 5 });
  });

  it('should reach target_achieved even when a guard stops P, as sdg-build does', () => {
    // −5 → 5 changes sign (no P), but 5 ≥ target 1.
    const outcome = openSdgProgress(points({ 2020: -5, 2022: 5 }), { ...up, target: { kind: 'level', year: 2030, value: 1 } });
    expect(outcome.progressValue).toBeNull();
    expect(outcome.status).toBe('target_achieved');
    expect(outcome.guards).toEqual(['sign-change']);
  });

  it.each([
    ['no data', {}, up, 'not_available', ['no-data']],
    ['one point', { 2020: 50 }, up, 'not_available', ['fewer-than-two-points']],
    ['only years before the base year', { 2017: 50, 2018: 55 }, up, 'not_available', ['no-data-since-base-year']],
    ['a sign change', { 2020: -5, 2022: 5 }, up, 'not_available', ['sign-change']],
    // base 0 → 0.001: (0.004/0.001)^(1/2) − 1 = 2 − 1 = 1 → P = 1
    ['a zero base', { 2020: 0, 2022: 0.004 }, up, 'substantial_progress', ['base-value-zero-replaced']],
    // base year 2015 missing → 2017 used: (121/100)^(1/2) − 1 = 0.1
    ['a missing base year', { 2017: 100, 2019: 121 }, { ...up, baseYear: 2015 }, 'substantial_progress', ['base-year-shifted']],
  ] as const)('should apply the guard when %s', (_name, values, config, status, guards) => {
    const outcome = openSdgProgress(points(values), config);
    expect(outcome.status).toBe(status);
    expect(outcome.guards).toEqual(guards);
  });

  it('should use the next year with data as base when the base year is missing', () => {
    const outcome = openSdgProgress(points({ 2017: 100, 2019: 121 }), { ...up, baseYear: 2015 });
    expect(outcome.base?.year).toBe(2017);
    expect(outcome.progressValue).toBeCloseTo(0.1, 12);
  });

  it('should replace a zero target by 0.001 when a target is 0', () => {
    // required (0.001/100)^(1/10) − 1 = 10^−0.5 − 1 = −0.683772234; observed (81/100)^(1/2) − 1 = −0.1
    // P = −1 · −0.1 / 0.683772234 = 0.146247530 → limited (< 0.60)
    const outcome = openSdgProgress(points({ 2020: 100, 2022: 81 }), { ...down, target: { kind: 'level', year: 2030, value: 0 } });
    expect(outcome.target).toEqual({ year: 2030, value: 0.001 });
    expect(outcome.requiredGrowth).toBeCloseTo(-0.683772233983162, 12);
    expect(outcome.progressValue).toBeCloseTo(0.14624752955742645, 12);
    expect(outcome.status).toBe('limited_progress');
    expect(outcome.guards).toEqual(['target-zero-replaced']);
  });

  it('should give no P when the target equals the base value', () => {
    // required (64/64)^(1/10) − 1 = 0: nothing to divide by. 70 > 64 with lower-is-better: not achieved.
    const zero = openSdgProgress(points({ 2020: 64, 2021: 70 }), { ...down, target: { kind: 'level', year: 2030, value: 64 } });
    expect(zero.progressValue).toBeNull();
    expect(zero.status).toBe('not_available');
    expect(zero.guards).toEqual(['required-growth-zero']);
    // 60 ≤ 64: achieved is checked first, so the same target gives target_achieved here.
    const flat = openSdgProgress(points({ 2020: 64, 2021: 60 }), { ...down, target: { kind: 'level', year: 2030, value: 64 } });
    expect(flat.status).toBe('target_achieved');
  });

  it('should give no P when the target year is not after the base year', () => {
    const outcome = openSdgProgress(points({ 2020: 64, 2021: 70 }), { ...up, target: { kind: 'level', year: 2020, value: 81 } });
    expect(outcome.status).toBe('not_available');
    expect(outcome.guards).toEqual(['target-year-not-after-base']);
  });

  it('should set the target from the base value when the target is a yearly rate', () => {
    // target = 1000 · 1.004^(2025 − 2017); observed (1000·1.002^4 / 1000)^(1/4) − 1 = 0.002; P = 0.002 / 0.004 = 0.5
    const outcome = openSdgProgress(points({ 2017: 1000, 2021: 1000 * 1.002 ** 4 }), {
      direction: 'higher-is-better',
      baseYear: 2017,
      target: { kind: 'rate', year: 2025, rate: 0.004 },
    });
    expect(outcome.target?.value).toBeCloseTo(1000 * 1.004 ** 8, 9);
    expect(outcome.requiredGrowth).toBeCloseTo(0.004, 12);
    expect(outcome.progressValue).toBeCloseTo(0.5, 9);
    expect(outcome.status).toBe('limited_progress');
  });

  it('should lower the thresholds near a limit when a limit is set without target', () => {
    // c = 1 − (80/100)^4.44 = 0.628704623; high = 0.015c = 0.009430569; observed 81/80 − 1 = 0.0125 ≥ 0.00943
    const outcome = openSdgProgress(points({ 2020: 80, 2021: 81 }), { ...up, limit: 100 });
    expect(outcome.thresholds.coefficient).toBeCloseTo(0.6287046226695863, 12);
    expect(outcome.thresholds.high).toBeCloseTo(0.009430569340043793, 12);
    expect(outcome.status).toBe('substantial_progress');
    expect(outcome.guards).toEqual(['limit-applied']);
    // without the limit 0.0125 is moderate
    expect(openSdgProgress(points({ 2020: 80, 2021: 81 }), up).status).toBe('moderate_progress');
  });

  it('should warn when the base is beyond the limit or a target makes the limit moot', () => {
    expect(openSdgProgress(points({ 2020: 120, 2021: 121 }), { ...up, limit: 100 }).guards).toEqual(['limit-applied', 'base-beyond-limit']);
    const withTarget = openSdgProgress(points({ 2020: 64, 2021: 70 }), {
      ...up,
      limit: 100,
      target: { kind: 'level', year: 2022, value: 81 },
    });
    expect(withTarget.guards).toEqual(['limit-ignored-with-target']);
    expect(withTarget.thresholds).toEqual({ high: 0.95, med: 0.6, low: 0, coefficient: 1 });
  });

  it('should throw when a year appears twice, as Open SDG raises on duplicate years', () => {
    const duplicated = [...points({ 2020: 1, 2021: 2 }), ...points({ 2021: 3 })];
    expect(() => openSdgProgress(duplicated, up)).toThrow(IndicatorError);
  });
});
