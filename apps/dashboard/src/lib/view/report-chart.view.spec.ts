import type { ReportIndicatorView } from '@koers/api-contracts';
import { reportChartModel } from './report-chart.view';

const fig = (year: number, value: number, demo = false) => ({ period: `${year}JJ00`, year, value, provisional: false, demo });

function indicator(
  overrides: Partial<ReportIndicatorView['chart']> = {},
  previousEditionFigure: ReportIndicatorView['previousEditionFigure'] = null,
): ReportIndicatorView {
  return {
    chart: { points: [fig(2022, 12), fig(2024, 10.5, true)], trajectory: [], ...overrides },
    previousEditionFigure,
  } as unknown as ReportIndicatorView;
}

describe('reportChartModel', () => {
  it('should draw nothing when the indicator has no figures', () => {
    expect(reportChartModel(indicator({ points: [] }), 'Assen', 'nl')).toBeNull();
  });

  it('should draw the own figures with their voorbeelddata mark when there is no target path', () => {
    const model = reportChartModel(indicator(), 'Assen', 'nl')!;
    expect(model.series.map((s) => s.key)).toEqual(['own']);
    expect(model.series[0]!.points.map((p) => [p.year, p.demo])).toEqual([
      [2022, false],
      [2024, true],
    ]);
    expect(model.marks.demo).toBe(true);
  });

  it('should add the target path and the previous edition figure when both are given', () => {
    const trajectory = [2020, 2030].map((year) => ({
      year,
      basis: 'level' as const,
      value: year === 2020 ? 15 : 5,
      lower: null,
      upper: null,
    }));
    const model = reportChartModel(indicator({ trajectory }, fig(2022, 12.4)), 'Assen', 'nl', 1)!;
    expect(model.series.map((s) => [s.key, s.label])).toEqual([
      ['own', 'Assen'],
      ['target', 'Doelpad'],
      ['previous-edition', 'Editie 1'],
    ]);
    expect(model.series[2]!.points.map((p) => [p.year, p.value])).toEqual([[2022, 12.4]]);
  });

  it('should draw both bounds when the target is a corridor', () => {
    const trajectory = [{ year: 2024, basis: 'band' as const, value: null, lower: 1, upper: 3 }];
    expect(reportChartModel(indicator({ trajectory }), 'Assen', 'nl')!.series.map((s) => s.key)).toEqual([
      'own',
      'band-lower',
      'band-upper',
    ]);
  });
});
