import { MEASURES } from '@koers/indicators';
import type { MeasureRow, ObservationRow } from './observation-rows';
import { assembleMeasure, candidatesFor } from './series-assembly';
import { lineageView } from './indicator.view';

// Unit tests of the table choice. Figures of Assen are the published ones (03759ned, KWB 2020/2024); values
// marked "illustrative" only exercise the logic and are not published figures.
const TOTALS = { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' };

function measure(id: number, tableId: string, sourceKey: string, name: string, dimensions: Record<string, string> = {}, provider = 'cbs-v3'): MeasureRow {
  return { id, name, sourceKey, dimensions, tableId, provider };
}

function row(measureId: number, periodCode: string, value: number | null, publishedAt: string, status = 'definitive', regionCode = 'GM0106'): ObservationRow {
  const date = new Date(publishedAt);
  return { measureId, regionCode, periodCode, value, missingReason: value === null ? 'null' : null, status, publicationVersion: publishedAt, publishedAt: date, loadedAt: date, runId: '1' };
}

const byMeasure = (rows: ObservationRow[]) => {
  const map = new Map<number, ObservationRow[]>();
  for (const r of rows) map.set(r.measureId, [...(map.get(r.measureId) ?? []), r]);
  return map;
};

describe('series assembly', () => {
  const stored = [
    measure(1, '03759ned', 'M000352', 'population_total', TOTALS, 'cbs-v4'),
    measure(2, '84799NED', 'AantalInwoners_5', 'population_total'),
    measure(3, '85984NED', 'AantalInwoners_5', 'population_total'),
    // Another slice of 03759ned (men only): not the catalogue's measure, so never read.
    measure(4, '03759ned', 'M000352', 'population_total', { ...TOTALS, Geslacht: '3000' }, 'cbs-v4'),
    // A KWB year the catalogue lists no key for (2021): read after every listed table.
    measure(5, '85039NED', 'AantalInwoners_5', 'population_total'),
  ];

  it('should rank the stored measures in the catalogue’s table order when they carry its name', () => {
    const candidates = candidatesFor(MEASURES.population_total, stored);
    expect(candidates.map((c) => [c.measure.id, c.rank])).toEqual([[1, 0], [2, 2], [3, 1], [5, 4]]);
  });

  it('should take each period from the most preferred table when two tables give it', () => {
    // Assen 2020: 68,599 in 03759ned and in KWB 2020; 2024: 69,701 in 03759ned and KWB 2024; 2021: 68,836 (03759ned's
    // figure, here as if from the 2021 KWB table). The men-only slice (34000) is illustrative.
    const rows = [
      row(1, '2020JJ00', 68599, '2026-06-23T00:00:00+02:00'),
      row(2, '2020JJ00', 68599, '2021-03-26T02:00:00+01:00'),
      row(3, '2024JJ00', 69701, '2025-03-27T02:00:00+01:00'),
      row(1, '2024JJ00', 69701, '2026-06-23T00:00:00+02:00'),
      row(4, '2024JJ00', 34000, '2026-06-23T00:00:00+02:00'),
      row(5, '2021JJ00', 68836, '2022-03-01T00:00:00+01:00'),
    ];
    const { series, lineage } = assembleMeasure('population_total', 'GM0106', candidatesFor(MEASURES.population_total, stored), byMeasure(rows));
    expect(series.points.map((p) => [p.period, p.value])).toEqual([['2020JJ00', 68599], ['2021JJ00', 68836], ['2024JJ00', 69701]]);
    expect([...lineage.values()].map((l) => l.tableId)).toEqual(['03759ned', '85039NED', '03759ned']);
  });

  it('should read a stored slice when it also holds the totals of the table’s other dimensions', () => {
    // 86098NED: the catalogue fixes Gebruiksfunctie; the loader stores any further dimension at its total.
    const stored86098 = [measure(30, '86098NED', 'NieuwbouwTotaal_6', 'new_build_dwellings', { Gebruiksfunctie: 'A045364', Bouwjaar: 'T001' })];
    expect(candidatesFor(MEASURES.new_build_dwellings, stored86098).map((c) => c.rank)).toEqual([0]);
    const otherUse = [measure(31, '86098NED', 'NieuwbouwTotaal_6', 'new_build_dwellings', { Gebruiksfunctie: 'A045365' })];
    expect(candidatesFor(MEASURES.new_build_dwellings, otherUse)).toEqual([]);
  });

  it('should keep a missing figure of the preferred table missing when a later table has a value', () => {
    const dwellings = [measure(10, '85984NED', 'Woningvoorraad_35', 'dwellings_stock'), measure(11, '84799NED', 'Woningvoorraad_34', 'dwellings_stock')];
    const rows = [row(10, '2020JJ00', null, '2025-03-27T02:00:00+01:00'), row(11, '2020JJ00', 31000 /* illustrative */, '2021-03-26T02:00:00+01:00')];
    const { series } = assembleMeasure('dwellings_stock', 'GM0106', candidatesFor(MEASURES.dwellings_stock, dwellings), byMeasure(rows));
    expect(series.points).toEqual([{ period: '2020JJ00', year: 2020, value: null, missingReason: 'null', provisional: false }]);
  });

  it('should sum over the ages 15–74 only when every age is there', () => {
    // Illustrative counts 10, 11, …, 69 per single year of age.
    const ages = Array.from({ length: 60 }, (_v, i) => String(10000 + 100 * (15 + i)));
    const stored15to74 = ages.map((age, i) => measure(100 + i, '03759ned', 'M000352', 'population_age_15_74', { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: age }, 'cbs-v4'));
    const rows = [
      ...ages.map((_age, i) => row(100 + i, '2024JJ00', 10 + i, '2025-06-01T00:00:00Z', i === 7 ? 'provisional' : 'definitive')),
      ...ages.slice(1).map((_age, i) => row(101 + i, '2023JJ00', 1, '2024-06-01T00:00:00Z')),
    ];
    const { series, lineage } = assembleMeasure('population_age_15_74', 'GM0106', candidatesFor(MEASURES.population_age_15_74, stored15to74), byMeasure(rows));
    // 10 + 11 + … + 69 = 60 × 39.5; 2023 lacks age 15, so it is no figure.
    expect(series.points).toEqual([{ period: '2024JJ00', year: 2024, value: 2370, provisional: true }]);
    expect(lineage.get('2024JJ00')).toMatchObject({ tableId: '03759ned', dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019' }, summedOver: { dimension: 'Leeftijd', codes: 60 } });
  });

  it('should read uploaded measures and name their file in the lineage when they come from an upload', () => {
    const vacancy = [measure(20, 'vacancy', 'm2_leeg', 'office_vacant_m2', { functie: 'kantoor' }, 'municipal-file')];
    const sha = 'a'.repeat(64);
    const rows = [{ ...row(20, '2024JJ00', 1200 /* illustrative */, '2025-02-01T00:00:00Z'), publicationVersion: sha }];
    const { lineage } = assembleMeasure('office_vacant_m2', 'GM0106', candidatesFor(MEASURES.office_vacant_m2, vacancy), byMeasure(rows));
    const files = new Map([[sha, { id: '7', name: 'leegstand-2024.csv', uploadedAt: new Date('2025-02-01T10:00:00Z') }]]);
    expect(lineageView([...lineage.values()], files)[0]).toMatchObject({
      provider: 'municipal-file', tableId: 'vacancy', key: 'm2_leeg', uploadedFile: { id: '7', name: 'leegstand-2024.csv', uploadedAt: '2025-02-01T10:00:00.000Z' },
    });
  });
});
