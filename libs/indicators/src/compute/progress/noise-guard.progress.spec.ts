import { getIndicator } from '../../ambitions/ambition.catalogue';
import type { Series, YearPoint } from '../../types/series.types';
import { evaluateProgress } from './evaluate.progress';
import { applyTrendGuard } from './noise-guard.progress';

function points(values: Record<number, number>): YearPoint[] {
  return Object.entries(values).map(([year, value]) => ({ period: `${year}JJ00`, year: Number(year), value, provisional: false }));
}

function series(values: Record<number, number>): Series {
  return { region: 'GM0106', points: points(values) };
}

describe('applyTrendGuard', () => {
  it('should replace the latest value by the least-squares trend value when the window has enough points', () => {
    // t̄ = 2019, ȳ = 514/5 = 102.8; Σ(t−t̄)(y−ȳ) = 5.6 + 1.8 + 0 + 0.2 + 10.4 = 18; Σ(t−t̄)² = 10
    // slope 1.8; trend in 2021 = 102.8 + 1.8 × 2 = 106.4 (the spike of +4 above the line moves it by 0.6 × 4 = 2.4)
    const result = applyTrendGuard(points({ 2017: 100, 2018: 101, 2019: 102, 2020: 103, 2021: 108 }), 2017, 5);
    expect(result.applied).toBe(true);
    expect(result.rawValue).toBe(108);
    expect(result.trendValue).toBeCloseTo(106.4, 12);
    expect(result.points.map((p) => p.value)).toEqual([100, 101, 102, 103, result.trendValue]);
    expect(result.guards).toEqual(['noise-guard-trend']);
  });

  it.each([
    ['two points in the window', { 2017: 100, 2018: 101 }, 5],
    ['a window below three', { 2017: 100, 2018: 101, 2019: 102 }, 2],
  ] as const)('should leave the series as published when %s', (_name, values, window) => {
    const result = applyTrendGuard(points(values), 2017, window);
    expect(result.applied).toBe(false);
    expect(result.guards).toEqual(['noise-guard-skipped']);
  });

  it('should only use points from the base year on when fitting', () => {
    // window from 2018: 101, 102, 103 (2016 and 2017 are before): slope 1, trend 2020 = 103
    const result = applyTrendGuard(points({ 2016: 500, 2017: 400, 2018: 101, 2019: 102, 2020: 103 }), 2018, 5);
    expect(result.trendValue).toBeCloseTo(103, 12);
  });
});

describe('noise guard in evaluateProgress', () => {
  const gas = getIndicator('gas-use-per-dwelling');
  if (gas === undefined) {
    throw new Error('catalogue lacks gas-use-per-dwelling');
  }

  it('should keep the status when one noisy year would flip it', () => {
    // Steady −1% a year: 1000, 990, 980, 970, then a dip to 930 in 2021.
    // Raw: (930/1000)^(1/4) − 1 = −0.017979 → P = 0.017979 ≥ 0.015 → substantial (a flip caused by one year).
    // Trend: ȳ = 974, slope = (−52 − 16 + 0 − 4 − 88)/10 = −16, trend 2021 = 974 − 32 = 942;
    // (942/1000)^(1/4) − 1 = −0.014826 → P = 0.014826 < 0.015 → moderate, as the steady years say.
    const result = evaluateProgress(gas, series({ 2017: 1000, 2018: 990, 2019: 980, 2020: 970, 2021: 930 }));
    expect(result.status).toBe('moderate_progress');
    expect(result.explanation.latestValueUsed).toBeCloseTo(942, 12);
    expect(result.explanation.progressValue).toBeCloseTo(0.014826490061738307, 12);
    expect(result.explanation.statusWithoutNoiseGuard).toBe('substantial_progress');
    expect(result.explanation.guards).toEqual(['noise-guard-trend', 'noise-guard-changed-status']);
  });

  it('should give the exact Open SDG status when the guard is turned off', () => {
    const result = evaluateProgress(gas, series({ 2017: 1000, 2018: 990, 2019: 980, 2020: 970, 2021: 930 }), { noiseWindow: 0 });
    expect(result.status).toBe('substantial_progress');
    expect(result.explanation.progressValue).toBeCloseTo(0.01797908571186957, 12);
  });

  it('should follow a real change that persists over the window', () => {
    // 1000 → 900 → 800 → 700 → 600: a straight line, so the trend value equals the published 600
    // (600/1000)^(1/4) − 1 = −0.119888 → P = 0.119888 → substantial either way.
    const result = evaluateProgress(gas, series({ 2017: 1000, 2018: 900, 2019: 800, 2020: 700, 2021: 600 }));
    expect(result.status).toBe('substantial_progress');
    expect(result.explanation.latestValueUsed).toBeCloseTo(600, 9);
    expect(result.explanation.statusWithoutNoiseGuard).toBeNull();
  });
});
