import { band, comparison, detail, level, point } from '@koers/api-contracts/testing';
import { chartModel } from './chart-model.view';
import { seriesStyle } from './chart-palette.view';

describe('chartModel', () => {
  it('should keep the marks of every figure when the series has voorbeelddata, provisional and mixed-source figures', () => {
    const model = chartModel(
      detail({
        series: [
          point(2022, 10),
          point(2023, 11, { mixedSources: true, sources: ['cbs:a', 'cbs:b'] }),
          point(2024, 12, { demo: true, provisional: true }),
        ],
      }),
      'nl',
      [],
    );
    const own = model.series[0]!;
    expect(own.key).toBe('own');
    expect(own.label).toBe('Assen');
    expect(own.points.map((p) => [p.year, p.demo, p.provisional, p.mixedSources])).toEqual([
      [2022, false, false, false],
      [2023, false, false, true],
      [2024, true, true, false],
    ]);
    expect(model.marks).toEqual({ demo: true, provisional: true, mixedSources: true });
  });

  it('should say no marks occur when every figure is real, final and from one table', () => {
    expect(chartModel(detail({ series: [point(2023, 1), point(2024, 2)] }), 'nl', []).marks).toEqual({
      demo: false,
      provisional: false,
      mixedSources: false,
    });
  });

  it('should leave out sub-yearly periods and missing values when it draws yearly figures', () => {
    const model = chartModel(detail({ series: [point(2023, 1), { ...point(2024, 5), period: '2024KW01' }, point(2024, null)] }), 'nl', []);
    expect(model.series[0]!.points.map((p) => p.year)).toEqual([2023]);
  });

  it('should give the API breaks with their sentence when the series has a break', () => {
    const breaks = [{ year: 2021, kind: 'definition' as const, text: 'Reeksbreuk: vanaf 2021 …' }];
    expect(chartModel(detail({ series: [point(2020, 1), point(2021, 2, { breakBefore: true })], breaks }), 'nl', []).breaks).toEqual([
      { year: 2021, text: 'Reeksbreuk: vanaf 2021 …' },
    ]);
  });

  it('should draw both bounds of a corridor when the target is a band', () => {
    const model = chartModel(
      detail({ series: [point(2023, -500)], trajectory: [band(2023, -1000, 1000), band(2024, -1000, 1000)] }),
      'nl',
      [],
    );
    expect(model.series.map((s) => [s.key, s.label])).toEqual([
      ['own', 'Assen'],
      ['band-lower', 'Ondergrens'],
      ['band-upper', 'Bovengrens'],
    ]);
    expect(model.series[2]!.points.map((p) => p.value)).toEqual([1000, 1000]);
  });

  it('should draw only the bound a corridor sets when it is open on one side', () => {
    const model = chartModel(detail({ series: [point(2023, 5)], trajectory: [band(2023, null, 8)] }), 'en', []);
    expect(model.series.map((s) => s.label)).toEqual(['Assen', 'Upper bound']);
  });

  it('should draw the target path when the target is a level', () => {
    const model = chartModel(detail({ series: [point(2024, 12)], trajectory: [level(2024, 12), level(2030, 5)] }), 'nl', []);
    expect(model.series[1]).toMatchObject({ key: 'target', label: 'Doelpad', kind: 'target' });
  });

  it('should draw the running total beside a cumulative target, voorbeelddata from the first illustrative year on', () => {
    const trajectory = [2022, 2023, 2024].map((year, i) => ({
      year,
      basis: 'cumulative' as const,
      value: 100 * (i + 1),
      lower: null,
      upper: null,
    }));
    const model = chartModel(
      detail({
        series: [point(2021, 7), point(2022, 90), point(2023, 110, { demo: true }), point(2024, 80)],
        trajectory,
        target: { baseYear: 2022 } as never,
      }),
      'nl',
      [],
    );
    const cumulative = model.series.find((s) => s.key === 'cumulative')!;
    expect(cumulative.points.map((p) => [p.year, p.value, p.demo])).toEqual([
      [2022, 90, false],
      [2023, 200, true],
      [2024, 280, true],
    ]);
  });

  it('should name every peer and benchmark with its own colour, benchmarks with square markers, when they are shown', () => {
    const peers = [
      comparison('GM0114', 'Emmen', 'peer', [point(2024, 4)]),
      comparison('PV22', 'Drenthe', 'benchmark', [point(2024, 5)]),
      comparison('NL01', 'Nederland', 'benchmark', [point(2024, 6)]),
    ];
    const model = chartModel(detail({ unit: 'percent', series: [point(2024, 3)] }), 'nl', peers);
    expect(model.series.map((s) => [s.key, s.label, s.style.marker])).toEqual([
      ['own', 'Assen', 'circle'],
      ['cmp-GM0114', 'Emmen', 'circle'],
      ['cmp-PV22', 'Drenthe', 'square'],
      ['cmp-NL01', 'Nederland', 'square'],
    ]);
    expect(new Set(model.series.map((s) => s.style.color)).size).toBe(4);
    expect(model.indexed).toBe(false);
  });

  it('should compare counts as an index without the target when peers are shown', () => {
    const peers = [comparison('GM0114', 'Emmen', 'peer', [point(2023, 200), point(2024, 210)])];
    const model = chartModel(detail({ series: [point(2023, 50), point(2024, 51)], trajectory: [level(2024, 52)] }), 'nl', peers);
    expect(model.indexed).toBe(true);
    expect(model.series.map((s) => s.key)).toEqual(['own', 'cmp-GM0114']);
    expect(model.series.map((s) => s.points.map((p) => p.value))).toEqual([
      [100, 102],
      [100, 105],
    ]);
  });

  it('should leave out a peer without figures when it is asked for', () => {
    const model = chartModel(detail({ unit: 'percent', series: [point(2024, 3)] }), 'nl', [comparison('GM0114', 'Emmen', 'peer', [])]);
    expect(model.series.map((s) => s.key)).toEqual(['own']);
  });
});

describe('seriesStyle', () => {
  it('should give every comparison region a different colour when there are up to eight', () => {
    const colors = Array.from({ length: 8 }, (_unused, i) => seriesStyle('peer', i).color);
    expect(new Set(colors).size).toBe(8);
  });
});
