import type { Direction } from '../../types/indicator.types';

/** +1 when higher is better, −1 when lower is: multiplied with a change, gives the change in the desired direction. */
export function directionSign(direction: Direction): 1 | -1 {
  return direction === 'higher-is-better' ? 1 : -1;
}

/** Compound annual growth rate: (v₁ ÷ v₀)^(1 ÷ (t₁ − t₀)) − 1, as in Open SDG `growth_calculation`. */
export function compoundAnnualGrowth(current: number, base: number, currentYear: number, baseYear: number): number {
  return (current / base) ** (1 / (currentYear - baseYear)) - 1;
}

/** Where a value growing at a constant yearly rate stands `years` years on: v × (1 + rate)^years. */
export function compoundedValue(value: number, rate: number, years: number): number {
  return value * (1 + rate) ** years;
}

/** An ordinary least-squares line y = ȳ + slope · (x − x̄), kept centred for precision with years as x. */
export interface LinearFit {
  readonly slope: number;
  readonly meanX: number;
  readonly meanY: number;
  readonly count: number;
}

/** Least-squares line through the points; null for fewer than two distinct x values. */
export function leastSquares(points: readonly { readonly x: number; readonly y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < 2) {
    return null;
  }
  const meanX = points.reduce((acc, p) => acc + p.x, 0) / n;
  const meanY = points.reduce((acc, p) => acc + p.y, 0) / n;
  const sxx = points.reduce((acc, p) => acc + (p.x - meanX) ** 2, 0);
  if (sxx === 0) {
    return null;
  }
  const sxy = points.reduce((acc, p) => acc + (p.x - meanX) * (p.y - meanY), 0);
  return { slope: sxy / sxx, meanX, meanY, count: n };
}

/** The value of a fitted line at x. */
export function fittedAt(fit: LinearFit, x: number): number {
  return fit.meanY + fit.slope * (x - fit.meanX);
}
