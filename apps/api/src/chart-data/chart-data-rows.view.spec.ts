import { band, comparison, detail, level, point } from '@koers/api-contracts/testing';
import { strFromU8 } from 'fflate';
import { chartDataCsv } from './chart-data-files.format';
import { chartDataRows } from './chart-data-rows.view';

const pick = (rows: ReturnType<typeof chartDataRows>) => rows.map((r) => [r.series, r.region, r.year, r.value]);

describe('chartDataRows', () => {
  it('should list the region, then each compared region in order, then the target path when a level target is set', () => {
    const emmen = comparison('GM0114', 'Emmen', 'peer', [point(2023, 107000), point(2024, 107500)]);
    const drenthe = comparison('PV22', 'Drenthe', 'benchmark', [point(2024, 500000)]);
    const rows = chartDataRows(
      detail({ series: [point(2023, 69414), point(2024, 69701)], trajectory: [level(2024, 70000), level(2025, 70500)] }),
      [emmen, drenthe],
    );
    expect(pick(rows)).toEqual([
      ['own', 'GM0106', 2023, 69414],
      ['own', 'GM0106', 2024, 69701],
      ['peer', 'GM0114', 2023, 107000],
      ['peer', 'GM0114', 2024, 107500],
      ['benchmark', 'PV22', 2024, 500000],
      ['target', 'GM0106', 2024, 70000],
      ['target', 'GM0106', 2025, 70500],
    ]);
    expect(rows[4]).toMatchObject({ region_name: 'Drenthe', period: '2024JJ00', unit: 'count', sources: 'cbs:03759ned', evidence: 'cbs' });
  });

  it("should round to the indicator's decimals and keep a missing figure empty with its reason when values are computed", () => {
    const rows = chartDataRows(
      detail({
        unit: 'percent',
        indicator: { decimals: 1 },
        series: [point(2022, 10.549295774647888), point(2023, null, { missingReason: 'input-missing' }), point(2024, 9.96)],
      }),
      [],
    );
    expect(rows.map((r) => [r.year, r.value, r.missing_reason])).toEqual([
      [2022, 10.5, null],
      [2023, null, 'input-missing'],
      [2024, 10, null],
    ]);
  });

  it('should give a corridor as its lower and upper bound, each only where the target sets it, when the target is a band', () => {
    const rows = chartDataRows(detail({ trajectory: [band(2024, -300, null), band(2025, -300, 0)] }), []);
    expect(pick(rows)).toEqual([
      ['target-lower', 'GM0106', 2024, -300],
      ['target-lower', 'GM0106', 2025, -300],
      ['target-upper', 'GM0106', 2025, 0],
    ]);
  });

  it('should leave out quarters and months and carry the marks of each figure when the series has them', () => {
    const rows = chartDataRows(
      detail({
        series: [
          { ...point(2024, 5), period: '2024KW01' },
          point(2024, 7, {
            demo: true,
            provisional: true,
            breakBefore: true,
            suspect: ['office_vacant_m2:jump'],
            sources: ['file:a', 'file:b'],
            evidence: 'municipal',
          }),
        ],
      }),
      [],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      period: '2024JJ00',
      demo: true,
      provisional: true,
      break_before: true,
      suspect: 'office_vacant_m2:jump',
      sources: 'file:a file:b',
      evidence: 'municipal',
    });
  });
});

describe('chartDataCsv', () => {
  it('should write the header and quote, prefix and escape text as the bulk downloads do when a name needs it', () => {
    const evil = comparison('GM0114', '=HYPERLINK("x"), Emmen', 'peer', [point(2024, 1.5)]);
    const csv = strFromU8(chartDataCsv(chartDataRows(detail({ series: [point(2024, -2)] }), [evil])));
    const [header, own, peer] = csv.split('\n');
    expect(header).toBe(
      'indicator,series,region,region_name,period,year,value,unit,provisional,demo,evidence,sources,break_before,suspect,missing_reason',
    );
    expect(own).toBe('population-total,own,GM0106,Assen,2024JJ00,2024,-2,count,false,false,cbs,cbs:03759ned,false,,');
    expect(peer).toBe(
      `population-total,peer,GM0114,"'=HYPERLINK(""x""), Emmen",2024JJ00,2024,2,count,false,false,cbs,cbs:03759ned,false,,`,
    );
  });
});
