import { MEASURES } from '@koers/indicators';
import { catalogueMeasure, mapMunicipalRows } from './municipal.mapper';
import { inspectFixture } from './test-support/municipal-fixtures';

describe('mapMunicipalRows', () => {
  it('should use the catalogue name when an upload column and selection feed a catalogue measure', () => {
    expect(catalogueMeasure('vacancy', 'm2_leeg', 'functie', 'kantoor')?.name).toBe('office_vacant_m2');
    expect(catalogueMeasure('employment', 'banen_totaal', 'sbi', 'TOTAAL')?.name).toBe('jobs_total');
    expect(catalogueMeasure('employment', 'banen_totaal', 'sbi', 'J')?.name).toBe('jobs_sbi_J');
    expect(catalogueMeasure('jobseekers', 'aantal', 'maatstaf', 'NWW')?.name).toBe('jobseekers_nww');
    expect(catalogueMeasure('vacancy', 'm2_leeg', 'functie', 'bedrijf')).toBeUndefined();
  });

  it('should make one observation per value column and keep missing tokens as the reason when mapping vacancy-comma.csv', async () => {
    const { measures, observations } = mapMunicipalRows('vacancy', (await inspectFixture('vacancy', 'ok/vacancy-comma.csv')).rows);
    expect(observations).toHaveLength(25);
    expect(measures).toHaveLength(25);
    expect(measures.find((m) => m.sourceKey === 'm2_leeg' && m.dimensions['functie'] === 'kantoor')).toEqual({
      sourceKey: 'm2_leeg',
      dimensions: { functie: 'kantoor' },
      name: 'office_vacant_m2',
      title: MEASURES.office_vacant_m2.title.nl,
      unit: 'm2',
      decimals: 0,
    });
    expect(measures.find((m) => m.sourceKey === 'objecten_leeg' && m.dimensions['functie'] === 'bedrijf')).toMatchObject({
      name: 'vacancy.objecten_leeg.bedrijf',
      unit: 'count',
    });
    expect(observations.filter((o) => o.dimensions['functie'] === 'bedrijf').map((o) => [o.sourceKey, o.value, o.missingReason])).toEqual([
      ['objecten_totaal', 310, null],
      ['objecten_leeg', null, '-'],
      ['m2_totaal', 1250000, null],
      ['m2_leeg', null, 'empty'],
      ['leeg_langer_dan_1_jaar_m2', null, 'empty'],
    ]);
    expect(observations[0]).toMatchObject({
      regionCode: 'GM0106',
      periodCode: '2024JJ00',
      periodStart: '2024-01-01',
      periodEnd: '2024-01-01',
      status: 'definitive',
    });
  });

  it('should map each SBI section to its measure and the year without a peildatum to the whole year when mapping employment', async () => {
    const { observations } = mapMunicipalRows('employment', (await inspectFixture('employment', 'ok/employment.csv')).rows);
    const jobs = observations
      .filter((o) => o.sourceKey === 'banen_totaal')
      .map((o) => [o.dimensions['sbi'], o.periodCode, o.periodStart, o.periodEnd, o.value, o.missingReason]);
    expect(jobs).toEqual([
      ['TOTAAL', '2024JJ00', '2024-04-01', '2024-04-01', 41200, null],
      ['Q', '2024JJ00', '2024-04-01', '2024-04-01', 9800, null],
      ['O', '2024JJ00', '2024-04-01', '2024-04-01', 6100, null],
      ['J', '2024JJ00', '2024-04-01', '2024-04-01', 1450, null],
      ['A', '2024JJ00', '2024-04-01', '2024-04-01', null, 'x'],
      ['TOTAAL', '2023JJ00', '2023-01-01', '2023-12-31', 41050, null],
      ['J', '2023JJ00', '2023-01-01', '2023-12-31', 1420, null],
    ]);
  });

  it('should keep the period code as given and put wijk figures on the wijk when mapping', async () => {
    const jobseekers = mapMunicipalRows('jobseekers', (await inspectFixture('jobseekers', 'ok/jobseekers.csv')).rows);
    expect(jobseekers.observations.map((o) => [o.periodCode, o.periodStart, o.periodEnd, o.dimensions['maatstaf'], o.value])).toEqual([
      ['2018JJ00', '2018-01-01', '2018-12-31', 'NWW', 3412],
      ['2024KW02', '2024-04-01', '2024-06-30', 'GWU', 2150],
      ['2024MM06', '2024-06-01', '2024-06-30', 'GWU', 2130],
      ['2024MM06', '2024-06-01', '2024-06-30', 'WW', null],
    ]);
    expect(jobseekers.measures.map((m) => m.name)).toEqual(['jobseekers_nww', 'jobseekers_gwu', 'jobseekers.aantal.WW']);
    const wijk = mapMunicipalRows('vacancy', (await inspectFixture('vacancy', 'ok/vacancy-wijk.csv')).rows);
    expect([...new Set(wijk.observations.map((o) => o.regionCode))]).toEqual(['WK010601', 'BU01060101']);
  });
});
