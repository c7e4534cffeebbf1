import { mapV3Measures, mapV3Regions, mapV4Measures, mapV4Regions, regionLevelOf } from './cbs-metadata.mapper';
import { classifyTableStatus } from './cbs-table-status';
import { v3FixtureMetadata, v4FixtureMetadata } from '../test-support/cbs-fixture-metadata';

describe('regionLevelOf', () => {
  it.each([
    ['NL00', 'land'],
    ['NL01  ', 'land'],
    ['LD01', 'landsdeel'],
    ['PV22', 'provincie'],
    ['CR07', 'corop'],
    ['GM0106    ', 'gemeente'],
    ['WK010601  ', 'wijk'],
    ['BU01060000', 'buurt'],
    ['AM03', 'other'],
    ['GMX', 'other'],
  ])('should read %p as %p', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });
});

describe('metadata mapping', () => {
  it('should map the KWB 2020 regions with trimmed code, exact source key and level', () => {
    const regions = mapV3Regions(v3FixtureMetadata('84799NED').dimensions[0]);
    expect(regions).toHaveLength(125);
    expect(regions.find((r) => r.code === 'GM0106')).toEqual({
      code: 'GM0106',
      sourceKey: 'GM0106    ',
      title: 'Assen',
      level: 'gemeente',
    });
    expect(regions.find((r) => r.code === 'WK010601')).toEqual({
      code: 'WK010601',
      sourceKey: 'WK010601  ',
      title: 'Wijk 01 Lariks',
      level: 'wijk',
    });
    expect(regions.filter((r) => r.level === 'buurt').length).toBeGreaterThan(50);
  });

  it('should map v3 topics with unit and decimals', () => {
    const measures = mapV3Measures(v3FixtureMetadata('84799NED'));
    expect(measures.find((m) => m.key === 'GemiddeldeHuishoudensgrootte_32')).toMatchObject({
      tableId: '84799NED',
      unit: 'aantal',
      decimals: 1,
      datatype: 'Double',
    });
    expect(mapV3Measures(v3FixtureMetadata('83583NED'))).toEqual([
      expect.objectContaining({ key: 'BanenVanWerknemersInDecember_1', unit: 'x 1 000', datatype: 'Float' }),
    ]);
  });

  it('should map v4 measure codes and regions', () => {
    const meta = v4FixtureMetadata('03759ned');
    expect(mapV4Measures(meta).map((m) => [m.key, m.title, m.unit, m.decimals])).toEqual([
      ['M000352', 'Bevolking op 1 januari', 'aantal', 0],
      ['M000365', 'Gemiddelde bevolking', 'aantal', 1],
    ]);
    const regions = mapV4Regions(meta.dimensions.find((d) => d.Identifier === 'RegioS') ?? meta.dimensions[0]);
    expect(regions.map((r) => [r.code, r.level])).toEqual([
      ['NL01', 'land'],
      ['LD01', 'landsdeel'],
      ['PV22', 'provincie'],
      ['GM0106', 'gemeente'],
      ['GM0114', 'gemeente'],
      ['GM0014', 'gemeente'],
      ['GM0118', 'gemeente'],
      ['GM0119', 'gemeente'],
    ]);
  });
});

describe('classifyTableStatus', () => {
  it.each<[Array<string | null>, string]>([
    [['Regulier', 'Perjaar', 'Actualisering'], 'regular'],
    [['Gediscontinueerd', 'Stopgezet', 'Stopgezet'], 'discontinued'],
    [['Regulier', 'Stopgezet', null], 'discontinued'],
    [['Gestopt'], 'discontinued'],
    [['Vervallen'], 'withdrawn'],
    [[null, ''], 'unknown'],
    [['Iets nieuws'], 'unknown'],
  ])('should read %p as %p', (values, status) => {
    expect(classifyTableStatus(values)).toBe(status);
  });
});
