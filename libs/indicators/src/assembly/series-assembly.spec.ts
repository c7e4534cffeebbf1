import { MEASURES } from '../measures/measure.catalogue';
import { candidatesFor } from './measure-candidates';
import { assembleMeasure } from './series-assembly';
import type { StoredMeasure, StoredObservation } from './stored.types';

// Unit tests of the table choice. Figures of Assen are the published ones (03759ned, KWB 2020/2024, 81955NED,
// 81402ned); values marked "illustrative" only exercise the logic and are not published figures.
const TOTALS = { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: '10000' };

function measure(
  id: number,
  tableId: string,
  sourceKey: string,
  name: string,
  dimensions: Record<string, string> = {},
  provider = 'cbs-v3',
): StoredMeasure {
  const evidence = provider === 'municipal-file' ? 'municipal' : provider === 'file' ? 'cbs-export' : 'cbs';
  return { id, name, sourceKey, dimensions, tableId, provider, evidence };
}

function row(
  measureId: number,
  periodCode: string,
  value: number | null,
  publishedAt: string,
  extra: Partial<StoredObservation> = {},
): StoredObservation {
  const date = new Date(publishedAt);
  return {
    measureId,
    regionCode: 'GM0106',
    periodCode,
    value,
    missingReason: value === null ? 'null' : null,
    status: 'definitive',
    publicationVersion: publishedAt,
    publishedAt: date,
    loadedAt: date,
    runId: '1',
    demo: false,
    ...extra,
  };
}

const byMeasure = (rows: StoredObservation[]) => {
  const map = new Map<number, StoredObservation[]>();
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
    // The KWB 2024 StatLine export, bound to the catalogue name by its manifest.
    measure(6, '85984NED', 'Bevolking/Aantal inwoners (aantal)', 'population_total', {}, 'file'),
  ];

  it('should rank the stored measures in the catalogue’s table order when they carry its name', () => {
    const candidates = candidatesFor(MEASURES.population_total, stored);
    const refs = MEASURES.population_total.source.kind === 'cbs' ? MEASURES.population_total.source.tables.length : 0;
    expect(candidates.map((c) => [c.measure.id, c.rank])).toEqual([
      [1, 0],
      [2, 2],
      [3, 1],
      [5, refs],
      [6, 4],
    ]);
  });

  it('should take each period from the most preferred table when two tables give it', () => {
    // Assen 2020: 68,599 in 03759ned and in KWB 2020; 2024: 69,701 in 03759ned, KWB 2024 and its export; 2021:
    // 68,836 (03759ned's figure, here as if from the 2021 KWB table). The men-only slice (34000) is illustrative.
    const rows = [
      row(1, '2020JJ00', 68599, '2026-06-23T00:00:00+02:00'),
      row(2, '2020JJ00', 68599, '2021-03-26T02:00:00+01:00'),
      row(3, '2024JJ00', 69701, '2025-03-27T02:00:00+01:00'),
      row(6, '2024JJ00', 69701, '2025-12-11T00:00:00+01:00'),
      row(1, '2024JJ00', 69701, '2026-06-23T00:00:00+02:00'),
      row(4, '2024JJ00', 34000, '2026-06-23T00:00:00+02:00'),
      row(5, '2021JJ00', 68836, '2022-03-01T00:00:00+01:00'),
    ];
    const { series, lineage } = assembleMeasure(
      'population_total',
      'GM0106',
      candidatesFor(MEASURES.population_total, stored),
      byMeasure(rows),
    );
    expect(series.points.map((p) => [p.period, p.value])).toEqual([
      ['2020JJ00', 68599],
      ['2021JJ00', 68836],
      ['2024JJ00', 69701],
    ]);
    expect([...lineage.values()].map((l) => l.tableId)).toEqual(['03759ned', '85039NED', '03759ned']);
    expect(series.points[0]).toMatchObject({ sources: ['cbs-v4:03759ned'], definitions: ['default'], evidence: 'cbs' });
  });

  it('should read a stored slice when it also holds the totals of the table’s other dimensions', () => {
    // 86098NED: the catalogue fixes Gebruiksfunctie; the loader stores any further dimension at its total.
    const stored86098 = [
      measure(30, '86098NED', 'NieuwbouwTotaal_6', 'new_build_dwellings', { Gebruiksfunctie: 'A045364', Bouwjaar: 'T001' }),
    ];
    expect(candidatesFor(MEASURES.new_build_dwellings, stored86098).map((c) => c.rank)).toEqual([0]);
    const otherUse = [measure(31, '86098NED', 'NieuwbouwTotaal_6', 'new_build_dwellings', { Gebruiksfunctie: 'A045365' })];
    expect(candidatesFor(MEASURES.new_build_dwellings, otherUse)).toEqual([]);
  });

  it('should leave a period to the next table that has a value when the preferred edition left it empty', () => {
    // KWB 2020 (84799NED) was captured before CBS filled the housing stock; 81955NED has 32,154 on 1 January 2020.
    const dwellings = [
      measure(11, '84799NED', 'Woningvoorraad_34', 'dwellings_stock'),
      measure(12, '81955NED', 'Beginstand voorraad', 'dwellings_stock', {}, 'file'),
    ];
    const rows = [row(11, '2020JJ00', null, '2021-03-26T02:00:00+01:00'), row(12, '2020JJ00', 32154, '2025-06-04T00:00:00+02:00')];
    const { series, lineage } = assembleMeasure(
      'dwellings_stock',
      'GM0106',
      candidatesFor(MEASURES.dwellings_stock, dwellings),
      byMeasure(rows),
    );
    expect(series.points).toMatchObject([{ period: '2020JJ00', value: 32154, evidence: 'cbs-export', sources: ['file:81955NED'] }]);
    expect(lineage.get('2020JJ00')).toMatchObject({ tableId: '81955NED', provider: 'file' });
  });

  it('should keep a figure missing with its reason when no table has a value', () => {
    const dwellings = [measure(11, '84799NED', 'Woningvoorraad_34', 'dwellings_stock')];
    const { series } = assembleMeasure(
      'dwellings_stock',
      'GM0106',
      candidatesFor(MEASURES.dwellings_stock, dwellings),
      byMeasure([row(11, '2020JJ00', null, '2021-03-26T02:00:00+01:00')]),
    );
    expect(series.points).toMatchObject([{ period: '2020JJ00', value: null, missingReason: 'null' }]);
  });

  it('should prefer a real figure to voorbeelddata of a better rank and carry the demo flag when only those exist', () => {
    // jobs_total: an uploaded voorbeelddata file (rank 0) and CBS 81402ned (employee jobs, 38.81 thousand in 2008).
    const jobs = [
      measure(40, 'employment', 'banen_totaal', 'jobs_total', { sbi: 'TOTAAL' }, 'municipal-file'),
      measure(41, '81402ned', 'Banen van werknemers', 'jobs_total', { SBI: 'A-U' }, 'file'),
    ];
    const rows = [
      row(40, '2008JJ00', 40000 /* illustrative */, '2025-01-01T00:00:00Z', { demo: true }),
      row(41, '2008JJ00', 38.81, '2012-06-28T00:00:00Z', { status: 'revised-provisional' }),
      row(40, '2017JJ00', 45000 /* illustrative */, '2025-01-01T00:00:00Z', { demo: true }),
    ];
    const { series, lineage } = assembleMeasure('jobs_total', 'GM0106', candidatesFor(MEASURES.jobs_total, jobs), byMeasure(rows));
    // 81402ned publishes in thousands: the catalogue's scale 1000 gives the count; the lineage keeps 38.81.
    expect(series.points.map((p) => [p.period, p.value, p.demo ?? false])).toEqual([
      ['2008JJ00', 38810, false],
      ['2017JJ00', 45000, true],
    ]);
    expect(series.points[0]).toMatchObject({ provisional: true, definitions: ['cbs-employee-jobs-december'] });
    expect(series.points[1]).toMatchObject({ definitions: ['LISA'] });
    expect(lineage.get('2008JJ00')).toMatchObject({ publishedValue: 38.81, scale: 1000, definition: 'cbs-employee-jobs-december' });
  });

  it('should mark a definition change of the measure itself in the figure’s definition', () => {
    // GP distance: CBS counts without secondary practice addresses from reporting year 2020 (1.2 km in 2019 and
    // 2022 in Assen, KWB via geoinzicht).
    const gp = [measure(50, 'geoinzicht-kwb-gemeenten', 'afstand_huisarts', 'gp_distance_km', {}, 'file')];
    const rows = [row(50, '2019JJ00', 1.2, '2024-01-01T00:00:00Z'), row(50, '2022JJ00', 1.2, '2024-01-01T00:00:00Z')];
    const { series } = assembleMeasure('gp_distance_km', 'GM0106', candidatesFor(MEASURES.gp_distance_km, gp), byMeasure(rows));
    expect(series.points.map((p) => p.definitions)).toEqual([['default'], ['default@2020']]);
  });

  it('should flag a figure outside the plausible range of its measure', () => {
    // Households 30,587 (2017, KWB via geoinzicht), then 3,059 (illustrative: a lost digit), a jump of −90%.
    const households = [measure(60, 'geoinzicht-kwb-gemeenten', 'huishoudens', 'households_total', {}, 'file')];
    const rows = [row(60, '2017JJ00', 30587, '2024-01-01T00:00:00Z'), row(60, '2018JJ00', 3059, '2024-01-01T00:00:00Z')];
    const { series } = assembleMeasure('households_total', 'GM0106', candidatesFor(MEASURES.households_total, households), byMeasure(rows));
    expect(series.points.map((p) => p.suspect ?? [])).toEqual([[], ['households_total:jump']]);
  });

  it('should sum over the ages 15–74 only when every age is there', () => {
    // Illustrative counts 10, 11, …, 69 per single year of age.
    const ages = Array.from({ length: 60 }, (_v, i) => String(10000 + 100 * (15 + i)));
    const stored15to74 = ages.map((age, i) =>
      measure(
        100 + i,
        '03759ned',
        'M000352',
        'population_age_15_74',
        { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019', Leeftijd: age },
        'cbs-v4',
      ),
    );
    const rows = [
      ...ages.map((_age, i) =>
        row(100 + i, '2024JJ00', 10 + i, '2025-06-01T00:00:00Z', { status: i === 7 ? 'provisional' : 'definitive' }),
      ),
      ...ages.slice(1).map((_age, i) => row(101 + i, '2023JJ00', 1, '2024-06-01T00:00:00Z')),
    ];
    const { series, lineage } = assembleMeasure(
      'population_age_15_74',
      'GM0106',
      candidatesFor(MEASURES.population_age_15_74, stored15to74),
      byMeasure(rows),
    );
    // 10 + 11 + … + 69 = 60 × 39.5; 2023 lacks age 15, so it is no figure.
    expect(series.points).toMatchObject([{ period: '2024JJ00', year: 2024, value: 2370, provisional: true }]);
    expect(lineage.get('2024JJ00')).toMatchObject({
      tableId: '03759ned',
      dimensions: { Geslacht: 'T001038', BurgerlijkeStaat: 'T001019' },
      summedOver: { dimension: 'Leeftijd', codes: 60 },
    });
  });
});
