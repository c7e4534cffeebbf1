import { V4Observation } from './v4.schema';
import { buildV4MappingContext, mapV4Observations } from './v4.mapper';
import { v4FixtureMetadata, v4FixtureObservations } from '../test-support/cbs-fixture-metadata';

describe('mapV4Observations', () => {
  const population = v4FixtureMetadata('03759ned');
  const context = buildV4MappingContext(population);
  const base: V4Observation = {
    Id: 1,
    Measure: 'M000352',
    ValueAttribute: 'None',
    Value: 68599,
    StringValue: null,
    dimensions: { BurgerlijkeStaat: 'T001019', Geslacht: 'T001038', Leeftijd: '10000', RegioS: 'GM0106', Perioden: '2020JJ00' },
  };

  it('should map every recorded 03759ned observation, keeping the 7 Impossible ones missing', () => {
    const { observations, rejected } = mapV4Observations(v4FixtureObservations('03759ned'), context);
    expect(rejected).toEqual([]);
    expect(observations).toHaveLength(112);
    const missing = observations.filter((o) => o.value === null);
    expect(missing).toHaveLength(7);
    expect(new Set(missing.map((o) => `${o.measureKey} ${o.periodCode} ${o.missingReason}`))).toEqual(
      new Set(['M000365 2026JJ00 Impossible']),
    );
  });

  it('should map a present value with region, period, status and other dimensions', () => {
    expect(mapV4Observations([base], context).observations).toEqual([
      {
        tableId: '03759ned',
        measureKey: 'M000352',
        regionCode: 'GM0106',
        periodCode: '2020JJ00',
        dimensions: { BurgerlijkeStaat: 'T001019', Geslacht: 'T001038', Leeftijd: '10000' },
        value: 68599,
        missingReason: null,
        status: 'definitive',
        sourceRowKey: '1',
      },
    ]);
  });

  it.each<[string, Partial<V4Observation>, string]>([
    ['a value with an attribute', { ValueAttribute: 'Confidential' }, 'value present with ValueAttribute "Confidential"'],
    ['a text observation', { Value: null, StringValue: 'n.v.t.' }, 'text observation (StringValue) in a numeric load'],
    ['an unknown measure', { Measure: 'M123456' }, 'measure "M123456" is not in MeasureCodes'],
    ['an unknown period', { dimensions: { ...base.dimensions, Perioden: '1900JJ00' } }, 'period "1900JJ00" is not in the period code list'],
  ])('should reject %s without guessing', (_name, change, reason) => {
    const { observations, rejected } = mapV4Observations([{ ...base, ...change }], context);
    expect(observations).toEqual([]);
    expect(rejected).toEqual([expect.objectContaining({ tableId: '03759ned', sourceRowKey: '1', reason })]);
  });

  it('should keep Value null with ValueAttribute None as missing with reason null', () => {
    expect(mapV4Observations([{ ...base, Value: null }], context).observations[0]).toMatchObject({ value: null, missingReason: 'null' });
  });

  it('should read NaderVoorlopig periods of 82610NED as revised-provisional and use NL01 for the national table', () => {
    const energy = v4FixtureMetadata('82610NED');
    const { observations } = mapV4Observations(v4FixtureObservations('82610NED'), buildV4MappingContext(energy));
    const recent = observations.filter((o) => o.periodCode === '2024JJ00' || o.periodCode === '2025JJ00');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((o) => o.status === 'revised-provisional' && o.regionCode === 'NL01')).toBe(true);
    expect(observations.filter((o) => o.missingReason === 'Impossible')).toHaveLength(288);
  });
});
