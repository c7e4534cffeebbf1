import { compoundAnnualGrowth, compoundedValue, fittedAt, leastSquares } from './statistics.progress';

describe('compoundAnnualGrowth', () => {
  it.each([
    [81, 64, 2022, 2020, 0.125], // (81/64)^(1/2) − 1 = 1.125 − 1
    [36, 64, 2022, 2020, -0.25], // (36/64)^(1/2) − 1 = 0.75 − 1
    [100, 100, 2025, 2020, 0],
    [-81, -100, 2022, 2020, -0.1], // (0.81)^(1/2) − 1
  ])('should give CAGR(%p, %p, %p, %p) = %p when computed', (v1, v0, t1, t0, expected) => {
    expect(compoundAnnualGrowth(v1, v0, t1, t0)).toBeCloseTo(expected, 12);
  });
});

describe('compoundedValue', () => {
  it.each([
    [64, 0.125, 2, 81], // 64 × 1.125²
    [64, -0.25, 3, 27], // 64 × 0.75³
    [100, 0.5, 0, 100],
    [-100, 0.1, 2, -121], // a negative base keeps its sign
  ])('should give %p at %p a year after %p years as %p when compounded', (value, rate, years, expected) => {
    expect(compoundedValue(value, rate, years)).toBeCloseTo(expected, 9);
  });

  it('should land on the later value when compounded at the growth between two values', () => {
    expect(compoundedValue(64, compoundAnnualGrowth(81, 64, 2022, 2020), 2)).toBeCloseTo(81, 9);
  });
});

describe('leastSquares', () => {
  it('should fit y = 1 + 2x through three points on that line', () => {
    const fit = leastSquares([
      { x: 0, y: 1 },
      { x: 1, y: 3 },
      { x: 2, y: 5 },
    ]);
    expect(fit).toEqual({ slope: 2, meanX: 1, meanY: 3, count: 3 });
    expect(fit === null ? null : fittedAt(fit, 10)).toBe(21);
  });

  it.each([
    ['one point', [{ x: 2020, y: 1 }]],
    [
      'no spread in x',
      [
        { x: 2020, y: 1 },
        { x: 2020, y: 2 },
      ],
    ],
  ])('should give no line when there is %s', (_name, points) => {
    expect(leastSquares(points)).toBeNull();
  });
});
