import { formatNumber } from '../format/number.format';
import { stepDecimals, valueAxis, yearTicks } from './axis-ticks.view';

describe('valueAxis', () => {
  // Worked by hand: the smallest step of 1, 2, 2.5 or 5 × 10ⁿ that gives at most six ticks, ends on a tick.
  it.each([
    ['a large count with a small change', [67012, 70769], [67000, 68000, 69000, 70000, 71000], 0],
    ['a share from half a percent', [0.5, 3.2], [0, 1, 2, 3, 4], 0],
    ['a share that spans most of the scale', [12, 88], [0, 20, 40, 60, 80, 100], 0],
    ['values on both sides of zero', [-3.2, 1.4], [-4, -2, 0, 2], 0],
    ['small fractions', [0.1, 0.3], [0.1, 0.15, 0.2, 0.25, 0.3], 2],
    ['a flat series (a band of 10% around it)', [5, 5], [4.5, 4.75, 5, 5.25, 5.5], 2],
    ['only zeros', [0, 0], [0, 0.2, 0.4, 0.6, 0.8, 1], 1],
  ])('should give round ticks when the data is %s', (_case, values, ticks, decimals) => {
    const axis = valueAxis(values);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.decimals).toBe(decimals);
    expect(axis.min).toBe(ticks[0]);
    expect(axis.max).toBe(ticks.at(-1));
  });

  it('should not go below zero when no value is negative', () => {
    for (const values of [
      [0.2, 9],
      [3, 4],
      [0, 1200],
      [1, 1],
      [0.004, 0.006],
    ]) {
      expect(valueAxis(values).min).toBeGreaterThanOrEqual(0);
    }
  });

  it('should go below zero when a value is negative', () => {
    expect(valueAxis([-120, 340]).min).toBeLessThan(0);
  });

  it('should never write two ticks with the same label when the labels use its decimals', () => {
    const cases = [
      [67012, 70769],
      [0.1, 0.3],
      [5, 5],
      [0.001, 0.0013],
      [99.1, 99.4],
      [-0.4, 0],
      [1e6, 1.0001e6],
    ];
    for (const values of cases) {
      const axis = valueAxis(values);
      const labels = axis.ticks.map((tick) => formatNumber(tick, axis.decimals, 'nl'));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('should keep at most the number of ticks asked for and at least two', () => {
    for (const max of [3, 4, 5, 6, 8]) {
      for (const values of [
        [0, 7],
        [13, 977],
        [-1, 1],
        [2.2, 2.3],
      ]) {
        const count = valueAxis(values, max).ticks.length;
        expect(count).toBeLessThanOrEqual(max);
        expect(count).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('should write zero as 0, not −0, when the axis crosses it', () => {
    expect(valueAxis([-0.4, 0]).ticks.some((tick) => Object.is(tick, -0))).toBe(false);
  });

  it('should give an axis from 0 to 1 when there is no value', () => {
    expect(valueAxis([])).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1], decimals: 0 });
    expect(valueAxis([Number.NaN])).toEqual({ min: 0, max: 1, step: 1, ticks: [0, 1], decimals: 0 });
  });
});

describe('stepDecimals', () => {
  it.each([
    [500, 0],
    [1, 0],
    [2.5, 1],
    [0.25, 2],
    [0.05, 2],
  ])('should write step %p with %p decimals', (step, decimals) => {
    expect(stepDecimals(step)).toBe(decimals);
  });
});

describe('yearTicks', () => {
  it('should label every year when they fit', () => {
    expect(yearTicks(2019, 2024, 12)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('should label round years when not every year fits', () => {
    expect(yearTicks(2013, 2024, 5)).toEqual([2015, 2020]);
    expect(yearTicks(2014, 2030, 12)).toEqual([2014, 2016, 2018, 2020, 2022, 2024, 2026, 2028, 2030]);
  });

  it('should give the one year when the series has one year', () => {
    expect(yearTicks(2024, 2024, 5)).toEqual([2024]);
  });
});
