import { comparison, detail, point } from '@koers/api-contracts/testing';
import { chartModel } from './chart-model.view';
import { chartTable } from './chart-table.view';

describe('chartTable', () => {
  it('should give a row per year and a cell per series, empty where a series has no figure', () => {
    const peers = [comparison('GM0114', 'Emmen', 'peer', [point(2023, 7)])];
    const rows = chartTable(chartModel(detail({ unit: 'percent', series: [point(2022, 1), point(2023, 2)] }), 'nl', peers));
    expect(rows.map((r) => [r.year, r.cells.map((c) => c?.value ?? null)])).toEqual([
      [2022, [1, null]],
      [2023, [2, 7]],
    ]);
  });

  it('should note the break on its first year with a row, figures from more tables and a possible data error', () => {
    const model = chartModel(
      detail({
        series: [
          point(2018, 1),
          point(2020, 2, { breakBefore: true }),
          point(2021, 3, { mixedSources: true, sources: ['cbs:03759ned', 'cbs:85618NED'] }),
          point(2022, 9, { suspect: ['x:jump'] }),
        ],
        breaks: [{ year: 2019, kind: 'boundary', text: 'Grenswijziging in 2019.' }],
      }),
      'nl',
      [],
    );
    expect(chartTable(model).map((r) => [r.year, r.notes])).toEqual([
      [2018, []],
      [2020, [{ kind: 'break', text: 'Grenswijziging in 2019.' }]],
      [2021, [{ kind: 'mixed-sources', sources: ['03759ned', '85618NED'] }]],
      [2022, [{ kind: 'suspect' }]],
    ]);
  });

  it('should note a break the API marks only on the figure, without a sentence', () => {
    const rows = chartTable(chartModel(detail({ series: [point(2020, 1), point(2021, 2, { breakBefore: true })] }), 'nl', []));
    expect(rows[1]!.notes).toEqual([{ kind: 'break', text: null }]);
  });

  it('should keep voorbeelddata and provisional marks in the cells when figures carry them', () => {
    const rows = chartTable(chartModel(detail({ series: [point(2024, 1, { demo: true, provisional: true })] }), 'nl', []));
    expect(rows[0]!.cells[0]).toMatchObject({ demo: true, provisional: true });
  });
});
