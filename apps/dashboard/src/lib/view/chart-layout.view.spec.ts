import { band, detail, level, point } from '@koers/api-contracts/testing';
import { DEFAULT_LAYOUT, plotLayout, widened } from './chart-layout.view';
import { chartModel } from './chart-model.view';

const layoutOf = (...args: Parameters<typeof detail>) => plotLayout(chartModel(detail(...args), 'nl', []))!;
const own = (layout: ReturnType<typeof layoutOf>) => layout.series.find((s) => s.key === 'own')!;

describe('plotLayout', () => {
  it('should place the first and last year at the padding and values by the rounded axis', () => {
    const layout = layoutOf({ series: [point(2020, 0), point(2022, 50), point(2024, 100)] });
    const markers = own(layout).markers;
    expect(markers.map((m) => m.x)).toEqual([4, 50, 96]);
    // Axis 0–100; the plot runs from y = 24 (top) to 300 − 28 = 272 (bottom).
    expect(layout.axis.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(markers.map((m) => m.y)).toEqual([272, 148, 24]);
    expect(layout.plotBottom).toBe(DEFAULT_LAYOUT.height - DEFAULT_LAYOUT.bottom);
  });

  it('should draw a marker on every figure and only a thin connector over years without one when figures are two-yearly', () => {
    const s = own(layoutOf({ series: [point(2018, 1), point(2020, 2), point(2021, 3)] }));
    expect(s.markers.map((m) => m.point.year)).toEqual([2018, 2020, 2021]);
    expect(s.segments.map((seg) => seg.gap)).toEqual([true, false]);
  });

  it('should dash a segment when one of its ends is voorbeelddata, and only then', () => {
    const s = own(layoutOf({ series: [point(2021, 1), point(2022, 2), point(2023, 3, { demo: true }), point(2024, 4, { demo: true })] }));
    expect(s.segments.map((seg) => seg.demo)).toEqual([false, true, true]);
    expect(s.markers.map((m) => m.point.demo)).toEqual([false, false, true, true]);
  });

  it('should not connect figures across a break, and put its rule between the two years, when the series breaks', () => {
    const layout = layoutOf({
      series: [point(2020, 1), point(2021, 2), point(2022, 3, { breakBefore: true }), point(2023, 4)],
      breaks: [{ year: 2022, kind: 'definition', text: 'Reeksbreuk vanaf 2022.' }],
    });
    const segments = own(layout).segments;
    expect(segments).toHaveLength(2);
    const round = (x: number) => Math.round(x * 100) / 100;
    expect(segments.map((seg) => [round(seg.x1), round(seg.x2)])).toEqual([
      [4, 34.67],
      [65.33, 96],
    ]);
    expect(layout.breaks).toEqual([{ year: 2022, x: 50, text: 'Reeksbreuk vanaf 2022.' }]);
  });

  it('should not connect across a boundary change the API names only in breaks[]', () => {
    const layout = layoutOf({
      series: [point(2018, 1), point(2020, 2)],
      breaks: [{ year: 2019, kind: 'boundary', text: 'Grenswijziging.' }],
    });
    expect(own(layout).segments).toEqual([]);
  });

  it('should draw target lines without markers and the corridor between the bounds when the target is a band', () => {
    const layout = layoutOf({ series: [point(2023, 20), point(2024, 30)], trajectory: [band(2023, 0, 50), band(2024, 0, 50)] });
    const lower = layout.series.find((s) => s.key === 'band-lower')!;
    const upper = layout.series.find((s) => s.key === 'band-upper')!;
    expect(lower.markers).toEqual([]);
    expect(lower.segments).toHaveLength(1);
    expect(upper.segments).toHaveLength(1);
    expect(layout.band).toEqual([{ x1: 4, x2: 96, yTop: upper.segments[0]!.y1, yBottom: lower.segments[0]!.y1 }]);
  });

  it('should still draw a computed line of a single year, as a short stroke', () => {
    const layout = layoutOf({ series: [point(2020, 5), point(2024, 30)], trajectory: [band(2024, 10, 50)] });
    const upper = layout.series.find((s) => s.key === 'band-upper')!;
    expect(upper.segments).toEqual([{ x1: 94, y1: upper.segments[0]!.y1, x2: 98, y2: upper.segments[0]!.y1, demo: false, gap: false }]);
  });

  it('should draw the target alone, wider, when there are no figures yet and the target has one year', () => {
    const layout = layoutOf({ trajectory: [band(2018, -300, 0)] });
    expect(layout.series.map((s) => s.key)).toEqual(['band-lower', 'band-upper']);
    expect(layout.series[0]!.segments.map((seg) => [seg.x1, seg.x2])).toEqual([[42, 58]]);
    expect(layout.band.map((b) => [b.x1, b.x2])).toEqual([[42, 58]]);
    expect(layout.axis.ticks[0]).toBeLessThanOrEqual(-300);
    expect(layout.axis.ticks.at(-1)).toBeGreaterThanOrEqual(0);
  });

  it('should fit the axis to the target path as well as the figures', () => {
    const layout = layoutOf({ unit: 'percent', series: [point(2023, 12), point(2024, 11)], trajectory: [level(2023, 12), level(2030, 5)] });
    expect(layout.axis.min).toBeLessThanOrEqual(5);
    expect(layout.axis.max).toBeGreaterThanOrEqual(12);
    expect(layout.yearTicks.at(-1)!.year).toBe(2030);
  });

  it('should label fewer years on a narrow screen than on a wide one when the series is long', () => {
    const layout = layoutOf({ series: Array.from({ length: 12 }, (_unused, i) => point(2013 + i, i)) });
    expect(layout.yearTicks.filter((t) => t.narrow).map((t) => t.year)).toEqual([2015, 2020]);
    expect(layout.yearTicks.filter((t) => t.wide)).toHaveLength(12);
  });

  it('should give nothing to draw when there are no figures', () => {
    expect(plotLayout(chartModel(detail(), 'nl', []))).toBeNull();
  });
});

describe('widened', () => {
  it.each([
    [[2.4996, 2.5], 0.4, [2.4996, 2.5, 2.2998, 2.6998]],
    [[0.1, 0.1], 0.4, [0.1, 0.1, 0, 0.4]],
    [[67963, 70392], 4, [67963, 70392]],
  ])('should give %p an axis of at least %p when the figures span less', (values, minSpan, expected) => {
    const result = widened(values, minSpan);
    expect(result.map((v) => Number(v.toFixed(4)))).toEqual(expected);
  });
});
