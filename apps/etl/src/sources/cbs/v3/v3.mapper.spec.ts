import { V3Row, V3TableInfo } from './v3.schema';
import { buildV3MappingContext, fixedPeriodFromTableInfo, mapV3Rows } from './v3.mapper';
import { v3FixtureMetadata, v3FixtureRows } from '../test-support/cbs-fixture-metadata';

describe('mapV3Rows', () => {
  const kwb = v3FixtureMetadata('84799NED');
  const kwbContext = buildV3MappingContext(kwb);
  const jobs = v3FixtureMetadata('83583NED');
  const jobsContext = buildV3MappingContext(jobs);

  it('should turn every numeric topic of the recorded KWB 2020 rows into one observation when mapping the fixture', () => {
    const { observations, rejected } = mapV3Rows(v3FixtureRows('84799NED'), kwbContext);
    expect(rejected).toEqual([]);
    // 125 regions × 111 numeric topics (116 topics minus 5 String topics such as Gemeentenaam_1).
    expect(kwbContext.topics).toHaveLength(111);
    expect(observations).toHaveLength(125 * 111);
    expect(observations.find((o) => o.regionCode === 'WK010601' && o.measureKey === 'AantalInwoners_5')).toMatchObject({
      value: 5480,
      periodCode: '2020JJ00',
    });
    expect(observations.find((o) => o.regionCode === 'NL00' && o.measureKey === 'GemiddeldeHuishoudensgrootte_32')?.value).toBe(2.1);
  });

  it('should keep a typed null as missing with reason null and never as zero', () => {
    const { observations } = mapV3Rows(v3FixtureRows('84799NED'), kwbContext);
    const housing = observations.find((o) => o.regionCode === 'GM0106' && o.measureKey === 'Woningvoorraad_34');
    expect(housing).toMatchObject({ value: null, missingReason: 'null', status: 'definitive' });
  });

  it.each<[string, string]>([
    ['.', '.'],
    ['x', 'x'],
    ['-', '-'],
    ['     .', '.'],
  ])('should keep the CBS symbol %p as missing with reason %p', (cell, reason) => {
    const row: V3Row = { ID: 7, WijkenEnBuurten: 'GM0106    ', AantalInwoners_5: cell };
    const { observations, rejected } = mapV3Rows([row], { ...kwbContext, topics: ['AantalInwoners_5'] });
    expect(rejected).toEqual([]);
    expect(observations).toEqual([expect.objectContaining({ value: null, missingReason: reason, sourceRowKey: '7:AantalInwoners_5' })]);
  });

  it('should reject a string value that is not a missing symbol, with row key, field and raw value', () => {
    const row: V3Row = { ID: 9, WijkenEnBuurten: 'GM0106    ', AantalInwoners_5: '68 599' };
    const { observations, rejected } = mapV3Rows([row], { ...kwbContext, topics: ['AantalInwoners_5'] });
    expect(observations).toEqual([]);
    expect(rejected).toEqual([
      {
        tableId: '84799NED',
        sourceRowKey: '9:AantalInwoners_5',
        field: 'AantalInwoners_5',
        rawValue: '"68 599"',
        reason: expect.stringContaining('not a CBS missing-value symbol'),
      },
    ]);
  });

  it('should reject the whole row when its period is not in the period list or not a period code', () => {
    const rows: V3Row[] = [
      {
        ID: 1,
        BedrijfstakkenBranchesSBI2008: 'T001081',
        Bedrijfsgrootte: 'T001098',
        Perioden: '2031JJ00',
        BanenVanWerknemersInDecember_1: 1,
      },
      {
        ID: 2,
        BedrijfstakkenBranchesSBI2008: 'T001081',
        Bedrijfsgrootte: 'T001098',
        Perioden: '2019QQ01',
        BanenVanWerknemersInDecember_1: 1,
      },
    ];
    const { observations, rejected } = mapV3Rows(rows, jobsContext);
    expect(observations).toEqual([]);
    expect(rejected.map((r) => [r.sourceRowKey, r.field, r.rawValue, r.reason])).toEqual([
      ['1', 'Perioden', '"2031JJ00"', 'period "2031JJ00" is not in the period code list'],
      ['2', 'Perioden', '"2019QQ01"', '"2019QQ01" is not a CBS period code'],
    ]);
  });

  it('should reject rows whose period has no recognisable status rather than guess one', () => {
    const context = { ...jobsContext, periodStatus: new Map([['2019JJ00', null]]) };
    const row: V3Row = {
      ID: 3,
      BedrijfstakkenBranchesSBI2008: 'T001081',
      Bedrijfsgrootte: 'T001098',
      Perioden: '2019JJ00',
      BanenVanWerknemersInDecember_1: 8560.47,
    };
    expect(mapV3Rows([row], context).rejected[0].reason).toBe('period "2019JJ00" has no recognisable status');
  });

  it('should map the recorded 83583NED rows with their period status and trimmed dimension codes', () => {
    const { observations, rejected } = mapV3Rows(v3FixtureRows('83583NED'), jobsContext);
    expect(rejected).toEqual([]);
    expect(observations).toHaveLength(7_440);
    expect(observations.filter((o) => o.status === 'provisional')).toHaveLength(744);
    expect(observations.filter((o) => o.status === 'revised-provisional')).toHaveLength(744);
    expect(observations.some((o) => o.dimensions.BedrijfstakkenBranchesSBI2008.endsWith(' '))).toBe(false);
    expect(new Set(observations.map((o) => o.regionCode))).toEqual(new Set(['NL01']));
  });

  it('should reject rows of a table without region dimension when no default region is allowed', () => {
    const context = buildV3MappingContext(jobs, { defaultRegionCode: null });
    const { rejected } = mapV3Rows(v3FixtureRows('83583NED').slice(0, 2), context);
    expect(rejected.map((r) => r.reason)).toEqual(['table has no region dimension', 'table has no region dimension']);
  });
});

describe('fixedPeriodFromTableInfo', () => {
  const base: V3TableInfo = {
    Identifier: 'X',
    Title: 'X',
    ShortTitle: null,
    ShortDescription: null,
    Modified: '2025-03-27T02:00:00',
    MetaDataModified: null,
    Updated: null,
    ReasonDelivery: null,
    OutputStatus: null,
    Frequency: null,
    Period: null,
    Catalog: null,
    RecordCount: null,
    ColumnCount: null,
  };

  it('should read the KWB 2020 table as 2020JJ00, definitive, from its recorded TableInfos', () => {
    expect(fixedPeriodFromTableInfo(v3FixtureMetadata('84799NED').tableInfo)).toEqual({ code: '2020JJ00', status: 'definitive' });
  });

  it.each<[string, string | null]>([
    ['\nStatus van de cijfers:\nDe cijfers in deze tabel zijn voorlopig.\n\nWijzigingen', 'provisional'],
    ['Status van de cijfers:\nNader voorlopig.', 'revised-provisional'],
    ['Status van de cijfers:\nDefinitief, tenzij anders vermeld; voorlopige cijfers zijn gemarkeerd.', 'definitive'],
    ['Geen status vermeld.', null],
  ])('should read the status from the description %p', (text, status) => {
    expect(fixedPeriodFromTableInfo({ ...base, Period: '2024', ShortDescription: text })).toEqual({ code: '2024JJ00', status });
  });

  it('should give no fixed period when Period is not a single year', () => {
    expect(fixedPeriodFromTableInfo({ ...base, Period: '2010 december - 2019 december' })).toBeNull();
  });
});
