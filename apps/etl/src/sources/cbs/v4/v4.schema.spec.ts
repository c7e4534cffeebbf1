import { narrowV4Observations, parseV4Catalog, parseV4Dimensions, parseV4Properties } from './v4.schema';
import { fixtureJson } from '../test-support/cbs-fixture-metadata';
import { schemaErrorOf } from '../test-support/source-failure';

describe('v4 schema', () => {
  const obsCtx = { tableId: '03759ned', endpoint: 'Observations' };
  const dims = ['RegioS', 'Perioden'];
  const observation = {
    Id: 1,
    Measure: 'M000352',
    ValueAttribute: 'None',
    Value: 68599,
    StringValue: null,
    RegioS: 'GM0106',
    Perioden: '2020JJ00',
  };

  it('should accept the recorded Properties, Dimensions and catalog', () => {
    expect(parseV4Properties(fixtureJson('v4/03759ned/properties.json'), { tableId: '03759ned', endpoint: 'Properties' })).toMatchObject({
      Identifier: '03759ned',
      Modified: '2026-06-23T00:00:00+02:00',
      Status: 'Regulier',
      Version: '202606230000',
    });
    const discontinued = parseV4Properties(fixtureJson('v4/_statline-bq_metadata_v4_81075ned.json'), {
      tableId: '81075ned',
      endpoint: 'Properties',
    });
    expect(discontinued).toMatchObject({ Status: 'Gediscontinueerd', VersionReason: 'Stopgezet', Frequency: 'Stopgezet' });
    expect(parseV4Dimensions(fixtureJson('v4/03759ned/dimensions.json'), { tableId: '03759ned', endpoint: 'Dimensions' })[4]).toMatchObject(
      { Kind: 'TimeDimension', ReleasePolicy: 'true' },
    );
    expect(parseV4Catalog(fixtureJson('v4/_catalog.json'), { endpoint: 'Datasets' }).entries).toHaveLength(83);
  });

  it('should name the field when Properties.Modified is not a string', () => {
    const error = schemaErrorOf(() =>
      parseV4Properties({ Identifier: '03759ned', Title: 'T', Modified: null }, { tableId: '03759ned', endpoint: 'Properties' }),
    );
    expect(error.message).toBe('CBS 03759ned Properties: field "(body).Modified" expected a string, got null');
  });

  it('should reject an unknown dimension Kind', () => {
    const error = schemaErrorOf(() =>
      parseV4Dimensions({ value: [{ Identifier: 'RegioS', Title: 'R', Kind: 'Spatial' }] }, { tableId: 'x', endpoint: 'Dimensions' }),
    );
    expect(error.details.field).toBe('value[0].Kind');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a string Value', { ...observation, Value: '68599' }, 'value[0].Value'],
    ['a missing ValueAttribute', { ...observation, ValueAttribute: undefined }, 'value[0].ValueAttribute'],
    ['a missing dimension column', { ...observation, RegioS: undefined }, 'value[0].RegioS'],
    ['an undeclared column', { ...observation, Regio: 'GM0106' }, 'value[0].Regio'],
  ])('should reject an observation with %s', (_name, item, field) => {
    const error = schemaErrorOf(() => narrowV4Observations([item], dims, obsCtx));
    expect(error).toMatchObject({ kind: 'schema', details: { tableId: '03759ned', endpoint: 'Observations', field } });
  });

  it('should accept a null Value with an attribute', () => {
    expect(narrowV4Observations([{ ...observation, Value: null, ValueAttribute: 'Impossible' }], dims, obsCtx)[0]).toMatchObject({
      Value: null,
      ValueAttribute: 'Impossible',
    });
  });
});
