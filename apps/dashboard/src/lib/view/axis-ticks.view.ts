// The ticks of the chart's axes: view logic, no indicator rules. Pure, so the chart needs no measuring.

/** A value axis: its ends, the step between ticks, the ticks and the decimals that write every tick apart. */
export interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
  /** The fewest decimals that write the step exactly, so no two tick labels are the same. */
  readonly decimals: number;
}

// Steps people read at a glance: 1, 2, 2.5 and 5 times a power of ten.
const NICE_FACTORS = [1, 2, 2.5, 5] as const;

/** The nice steps from the one at or below `rough` upwards. */
function* niceSteps(rough: number): Generator<number> {
  let exponent = Math.floor(Math.log10(rough));
  for (;;) {
    for (const factor of NICE_FACTORS) yield factor * 10 ** exponent;
    exponent += 1;
  }
}

/** The decimals that write `step` exactly (2.5 → 1, 0.25 → 2, 500 → 0). */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 12; decimals += 1) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return decimals;
  }
  return 12;
}

/** A flat series gets a band around its value, so its line sits in the middle of the axis. */
function spread(lo: number, hi: number): [number, number] {
  if (hi > lo) return [lo, hi];
  const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
  return [lo - pad, hi + pad];
}

/**
 * A value axis for the values shown: round steps (1, 2, 2,5 or 5 × 10ⁿ), at most `maxTicks` ticks, the ends on a
 * tick. When no value is below zero the axis does not go below zero either (a count, a share or an area has no
 * negative part to show); otherwise it fits the data rather than always starting at zero, so a small change in
 * a large number stays visible.
 */
export function valueAxis(values: readonly number[], maxTicks = 6): ValueAxis {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 1, step: 1, ticks: [0, 1], decimals: 0 };
  const nonNegative = Math.min(...finite) >= 0;
  const [low, hi] = spread(Math.min(...finite), Math.max(...finite));
  const lo = nonNegative ? Math.max(0, low) : low;
  for (const step of niceSteps((hi - lo) / Math.max(1, maxTicks - 1))) {
    const min = Math.floor(lo / step + 1e-9) * step;
    const max = Math.ceil(hi / step - 1e-9) * step;
    const count = Math.round((max - min) / step) + 1;
    if (count > maxTicks) continue;
    const decimals = stepDecimals(step);
    // toFixed removes the float noise of repeated addition (0.30000000000000004); + 0 turns −0 into 0.
    const ticks = Array.from({ length: count }, (_unused, index) => Number((min + index * step).toFixed(decimals)) + 0);
    return { min: ticks[0]!, max: ticks.at(-1)!, step, ticks, decimals };
  }
  throw new Error('unreachable: the steps grow without bound');
}

/** A year axis: every `step`-th year from the first, labelled at most `maxLabels` times (1, 2, 5, 10 … years apart). */
export function yearTicks(first: number, last: number, maxLabels: number): number[] {
  const span = last - first;
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => Math.floor(span / candidate) + 1 <= maxLabels) ?? 100;
  // Round years (2015, 2020) read better than the first year plus a step.
  const start = step === 1 ? first : Math.ceil(first / step) * step;
  const ticks: number[] = [];
  for (let year = start; year <= last; year += step) ticks.push(year);
  return ticks.length > 0 ? ticks : [first];
}
