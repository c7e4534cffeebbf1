import type { MappedFile, MappedObservation } from './file-observation.mapper';
import { mapDescribedFile } from './file-table.job';
import type { KnownRegion } from './region-resolver.mapper';
import { type FixtureOptions, fixture } from './test-support/fixture-files';
import { snapshotRegions } from './test-support/snapshot-regions';

const KNOWN = snapshotRegions();

async function mapOk(
  name: string,
  folder: string,
  bundled: string,
  options: FixtureOptions = {},
  known: readonly KnownRegion[] = KNOWN,
): Promise<MappedFile> {
  return mapDescribedFile(fixture('ok', name, folder, bundled, options), { load: async () => [...known] });
}

/** The one figure of a measure (by name) in a region and period, with the dimension codes given. */
function figure(
  mapped: MappedFile,
  name: string,
  region: string,
  period: string,
  dimensions: Record<string, string> = {},
): MappedObservation | undefined {
  const measures = mapped.measures.filter((m) => m.name === name && Object.entries(dimensions).every(([k, v]) => m.dimensions[k] === v));
  return mapped.observations.find(
    (o) =>
      measures.some((m) => m.sourceKey === o.sourceKey && JSON.stringify(m.dimensions) === JSON.stringify(o.dimensions)) &&
      o.regionCode === region &&
      o.periodCode === period,
  );
}

const F81955 = 'Voorraad_woningen_en_niet_woningen__mutaties__gebruiksfunctie__regio_04062025_144455_Assen_peers.csv';
const F37230 = 'Bevolkingsontwikkeling__regio_per_maand_04062025_144448_Assen_peers.csv';

describe('file sources: layouts and encodings', () => {
  it('should read a long comma-separated StatLine export with regions by name and a "Bron: CBS" footer when the manifest says so', async () => {
    const mapped = await mapOk('81955NED.csv', '81955NED', F81955);
    expect(mapped.problems).toEqual([]);
    expect(mapped.observations).toHaveLength(5 * 4 * 3);
    expect(figure(mapped, 'dwellings_stock', 'GM0106', '2012JJ00')).toMatchObject({
      value: 29854,
      missingReason: null,
      status: 'definitive',
      periodStart: '2012-01-01',
      periodEnd: '2012-12-31',
      row: 2,
      column: 'Beginstand voorraad',
    });
    expect(figure(mapped, 'new_build_dwellings', 'GM0106', '2012JJ00')?.value).toBe(229);
    // "Groningen (gemeente)" is the gemeente the database calls "Groningen": the level suffix decides.
    expect(figure(mapped, 'dwellings_stock', 'GM0014', '2024JJ00')?.value).toBe(124258);
    expect(mapped.measures.map((m) => m.name).sort()).toEqual([
      'dwellings_stock',
      'file:81955NED:Eindstand voorraad',
      'new_build_dwellings',
    ]);
  });

  it('should read a wide-by-period export with periods as columns when the topic column names the measure', async () => {
    const mapped = await mapOk('37230ned.csv', '37230ned', F37230);
    expect(mapped.problems).toEqual([]);
    expect(mapped.observations).toHaveLength(20);
    expect(figure(mapped, 'population_end_of_year', 'GM0106', '2024JJ00')).toMatchObject({ value: 70395, row: 2, column: '2024' });
    expect(figure(mapped, 'population_end_of_year', 'GM0119', '2012JJ00')?.value).toBe(32726);
  });

  it('should skip StatLine title lines when the manifest declares them, and refuse the file when it does not', async () => {
    const withTitles = await mapOk('37230ned-title-lines.csv', '37230ned', F37230, {
      patch: (m) => ({ ...m, format: { ...(m['format'] as object), titleLines: 2 } }),
    });
    expect(withTitles.problems).toEqual([]);
    expect(figure(withTitles, 'population_end_of_year', 'GM0106', '2024JJ00')).toMatchObject({ value: 70395, row: 4 });
    const undeclared = await mapOk('37230ned-title-lines.csv', '37230ned', F37230);
    expect(undeclared.observations).toEqual([]);
    expect(undeclared.problems[0]).toMatchObject({ row: 1, value: 'Bevolkingsontwikkeling; regio per maand' });
  });

  it('should read an ISO-8859-1 semicolon export with an SBI dimension, December year labels and provisional marks when the manifest declares them', async () => {
    const mapped = await mapOk('81402ned.csv', '81402ned', 'Banen_van_werknemers_Assen_peers.csv');
    expect(mapped.problems).toEqual([]);
    // Assen: 38.81 / 39.28 / 41.24 thousand jobs, stored in thousands as published.
    expect(figure(mapped, 'jobs_total', 'GM0106', '2008JJ00', { SBI: 'A-U' })).toMatchObject({
      value: 38.81,
      status: 'revised-provisional',
    });
    expect(figure(mapped, 'jobs_total', 'GM0106', '2010JJ00', { SBI: 'A-U' })).toMatchObject({ value: 41.24, status: 'provisional' });
    expect(figure(mapped, 'jobs_sbi_J', 'GM0106', '2010JJ00', { SBI: 'J' })).toMatchObject({ value: 0.55 });
    expect(figure(mapped, 'file:81402ned:Banen van werknemers, mutatie', 'GM0106', '2008JJ00', { SBI: 'A-U' })).toMatchObject({
      value: null,
      missingReason: '.',
    });
    // "G-N Commerciële dienstverlening": ë decoded, the code is the leading token; a group loads unbound.
    expect(mapped.measures.find((m) => m.dimensions['SBI'] === 'G-N' && m.sourceKey === 'Banen van werknemers')?.name).toBe(
      'file:81402ned:Banen van werknemers',
    );
    expect(figure(mapped, 'jobs_total', 'NL01', '2008JJ00', { SBI: 'A-U' })?.value).toBe(7891.9);
    expect(mapped.skippedRegions).toEqual(['Noord-Drenthe (CR)']);
    // The landsdeel is outside the CBS snapshot's scope: the manifest's alias gives its code, the file its name.
    expect(mapped.regions).toEqual([
      { code: 'LD01', name: 'Noord-Nederland (LD)', level: 'landsdeel', parentCode: null, boundaryYear: null },
    ]);
    expect(new Set(mapped.measures.filter((m) => m.name.startsWith('jobs_sbi_')).map((m) => m.name)).size).toBe(19);
  });

  it('should read the same ISO-8859-1 bytes alike when the manifest declares windows-1252', async () => {
    const mapped = await mapOk('81402ned.csv', '81402ned', 'Banen_van_werknemers_Assen_peers.csv', {
      patch: (m) => ({ ...m, format: { ...(m['format'] as object), encoding: 'windows-1252' } }),
    });
    expect(mapped.problems).toEqual([]);
    expect(mapped.measures.some((m) => m.dimensions['SBI'] === 'G-N')).toBe(true);
  });

  it('should read a UTF-8 file with a byte-order mark, CRLF line ends and region codes when it is an OData-shaped subset', async () => {
    const mapped = await mapOk('70262ned.csv', '70262ned', 'bodemgebruik_2015_GM0106_peers.csv');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'land_area_total_ha', 'GM0106', '2015JJ00')?.value).toBe(8345);
    expect(figure(mapped, 'file:70262ned:IJsselmeerMarkermeer_33', 'PV22', '2015JJ00')).toMatchObject({
      value: null,
      missingReason: 'empty',
    });
    expect(figure(mapped, 'file:70262ned:IJsselmeerMarkermeer_33', 'NL01', '2015JJ00')?.value).toBe(183138);
  });

  it('should trim padded OData strings and bind only the adults point estimate when Leeftijd and Marges are dimensions', async () => {
    const mapped = await mapOk('50090NED-2020-18plus.csv', '50090NED', 'RIVM_gezondheid2020_18+_Assen_peers.csv');
    expect(mapped.problems).toEqual([]);
    const adults = { Leeftijd: '20300', Marges: 'MW00000' };
    expect(figure(mapped, 'adults_good_health_pct', 'GM0106', '2020JJ00', adults)?.value).toBe(78.6);
    expect(figure(mapped, 'adults_exercise_guideline_pct', 'GM0106', '2020JJ00', adults)?.value).toBe(49.5);
    expect(figure(mapped, 'adults_overweight_pct', 'GM0106', '2020JJ00', adults)?.value).toBe(53.9);
    expect(figure(mapped, 'adults_lonely_pct', 'GM0106', '2020JJ00', adults)?.value).toBe(46.4);
    expect(figure(mapped, 'adults_informal_carer_pct', 'GM0106', '2020JJ00', adults)?.value).toBe(13.4);
    expect(figure(mapped, 'file:50090NED:LopenEnOfFietsenNaarSchoolOfWerk_34', 'GM0106', '2020JJ00')).toMatchObject({
      value: null,
      missingReason: 'empty',
    });
    expect(mapped.observations.some((o) => o.regionCode === 'WK010601')).toBe(true);
    expect(mapped.observations).toHaveLength(125 * 35);
  });

  it('should register only the regions the database does not know, with the names the file gives, when codes come with names', async () => {
    const mapped = await mapOk('85984NED.csv', '85984NED', 'Kerncijfers_wijken_en_buurten_2024_geslachten_GM0106_peers.csv');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'population_total', 'GM0106', '2024JJ00')?.value).toBe(69701);
    expect(figure(mapped, 'population_age_65_plus', 'GM0106', '2024JJ00')?.value).toBe(15147);
    expect(figure(mapped, 'population_total', 'NL00', '2024JJ00')?.value).toBe(17942942);
    const known = new Set(KNOWN.map((r) => r.code));
    expect(mapped.regions.every((region) => !known.has(region.code))).toBe(true);
    expect(mapped.regions.length).toBeGreaterThan(0);
    for (const region of mapped.regions) expect(region).toMatchObject({ level: 'buurt', boundaryYear: 2024 });
    // Without the snapshot's regions every code is new, and each gets the name in "Wijken en buurten".
    const fresh = await mapOk('85984NED.csv', '85984NED', 'Kerncijfers_wijken_en_buurten_2024_geslachten_GM0106_peers.csv', {}, []);
    expect(fresh.regions.find((r) => r.code === 'BU01060000')).toEqual({
      code: 'BU01060000',
      name: 'Brinkkwartier',
      level: 'buurt',
      parentCode: 'WK010600',
      boundaryYear: 2024,
    });
    expect(fresh.regions.find((r) => r.code === 'NL00')).toMatchObject({
      name: 'Nederland',
      level: 'land',
      parentCode: null,
      boundaryYear: null,
    });
  });

  it('should read JSON records by region code with a fixed period when the manifest fixes it', async () => {
    const mapped = await mapOk('kwb-2024-subset.json', 'kwb-2024-subset', 'stripped_filtered_data_2024_GM0106_peers.json');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'dwellings_stock', 'GM0106', '2024JJ00')).toMatchObject({
      value: 33215,
      row: 'GM0106',
      column: 'Woningvoorraad_35',
    });
    expect(figure(mapped, 'dwellings_stock', 'WK010600', '2024JJ00')?.value).toBe(4361);
    expect(mapped.observations).toHaveLength(15 * 8);
  });

  it('should take the period from the year of a date and the status the source states when a third party renamed the year', async () => {
    const mapped = await mapOk('85525NED.csv', '85525NED', 'education_hbo_wo_pct_GM0106_peers.csv');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'education_high_pct', 'GM0106', '2023JJ00')).toMatchObject({ value: 29.6, status: 'definitive' });
    expect(figure(mapped, 'education_high_pct', 'GM0106', '2024JJ00')).toMatchObject({ value: 30.2, status: 'provisional' });
    expect(mapped.observations.map((o) => o.periodCode)).not.toContain('2025JJ00');
  });

  it("should store a measure under its own period column and collapse identical repeats when geoinzicht repeats 2017's land use", async () => {
    const mapped = await mapOk('geoinzicht.csv', 'geoinzicht-kwb-gemeenten', 'gemeenten_properties_2012-2024_GM0106_peers.csv');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'land_use_forest_nature_pct', 'GM0106', '2012JJ00')?.value).toBe(14.93);
    expect(figure(mapped, 'land_use_forest_nature_pct', 'GM0106', '2017JJ00')).toMatchObject({ value: 14.75, row: 8 });
    expect(figure(mapped, 'land_use_forest_nature_pct', 'GM0106', '2018JJ00')).toBeUndefined();
    // 6 land-use columns × 5 gemeenten × the 5 years 2018–2024 that repeat 2017.
    expect(mapped.duplicatesCollapsed).toBe(150);
    expect(figure(mapped, 'gas_use_avg_dwelling_m3', 'GM0106', '2012JJ00')?.value).toBe(1650);
    expect(figure(mapped, 'dwellings_stock', 'GM0106', '2024JJ00')).toMatchObject({ value: null, missingReason: 'empty' });
    expect(mapped.measures.some((m) => /^file:geoinzicht-kwb-gemeenten:(zk|cr|ff|lbt)_/.test(m.name))).toBe(false);
  });

  it('should read decimal commas and resolve a bare name through its alias when the 2020 export says "Groningen"', async () => {
    const mapped = await mapOk('70072ned-2020.csv', '70072ned', 'Regionale_kerncijfers_Nederland_31082020_181423_Assen_peers.csv');
    expect(mapped.problems).toEqual([]);
    expect(figure(mapped, 'population_total', 'GM0014', '2020JJ00')?.value).toBe(232874);
    expect(figure(mapped, 'file:70072ned:km²', 'GM0106', '2020JJ00')?.value).toBe(81.89);
    expect(mapped.measures.find((m) => m.name === 'population_total')?.sourceKey).toBe(
      'Bevolking/Bevolkingssamenstelling op 1 januari/Totale bevolking (aantal)',
    );
  });

  it('should read a transposed export by its header rows and load only the included regions when a file holds every gemeente', async () => {
    const mapped = await mapOk('81575ned-columns.csv', '81575ned', 'Vestigingen_bedrijven.csv');
    expect(mapped.problems).toEqual([]);
    expect(
      [2007, 2008, 2009, 2010, 2011, 2012].map(
        (year) => figure(mapped, 'establishments_sbi_HJ', 'GM0106', `${year}JJ00`, { SBI: 'H+J' })?.value,
      ),
    ).toEqual([185, 210, 240, 235, 255, 295]);
    expect(figure(mapped, 'establishments_sbi_HJ', 'GM0106', '2012JJ00', { SBI: 'H+J' })?.status).toBe('provisional');
    expect(figure(mapped, 'file:81575ned:Vestigingen', 'GM0106', '2007JJ00', { SBI: 'A' })).toMatchObject({
      value: null,
      missingReason: '.',
    });
    expect(figure(mapped, 'file:81575ned:Vestigingen', 'GM0106', '2012JJ00', { SBI: 'J' })?.value).toBe(235);
    expect(figure(mapped, 'file:81575ned:Vestigingen', 'NL01', '2012JJ00', { SBI: 'K-L' })?.value).toBe(145165);
    expect(mapped.skippedRegions).toEqual(['Midden-Drenthe']);
    expect(new Set(mapped.observations.map((o) => o.regionCode))).toEqual(new Set(['NL01', 'PV22', 'GM0106']));
  });
});
