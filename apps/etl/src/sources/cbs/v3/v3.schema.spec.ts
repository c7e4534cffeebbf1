import { narrowV3Rows, parseV3DataProperties, parseV3DimensionCodes, parseV3ServiceDocument, parseV3TableInfos } from './v3.schema';
import { fixtureJson } from '../test-support/cbs-fixture-metadata';
import { schemaErrorOf } from '../test-support/source-failure';

const ctx = { tableId: '85984NED', endpoint: 'DataProperties' };

describe('v3 schema', () => {
  it('should accept the recorded 85984NED DataProperties and TableInfos when wrapped in their envelope', () => {
    const props = parseV3DataProperties({ value: fixtureJson('v3/85984NED/DataProperties.json') }, ctx);
    expect(props).toHaveLength(172);
    expect(props[0]).toMatchObject({ Type: 'GeoDetail', Key: 'WijkenEnBuurten', MapYear: '2024' });
    const info = parseV3TableInfos({ value: fixtureJson('v3/85984NED/TableInfos.json') }, { tableId: '85984NED', endpoint: 'TableInfos' });
    expect(info).toMatchObject({ Identifier: '85984NED', Modified: '2025-03-27T02:00:00', OutputStatus: 'Regulier' });
  });

  it('should name table, endpoint and field when DataProperties has an unknown Type', () => {
    const error = schemaErrorOf(() => parseV3DataProperties({ value: [{ ID: 0, Type: 'Measure', Key: 'X', Title: 'X' }] }, ctx));
    expect(error).toMatchObject({
      kind: 'schema',
      code: 'schema-mismatch',
      details: { tableId: '85984NED', endpoint: 'DataProperties', field: 'value[0].Type' },
    });
    expect(error.message).toBe(
      'CBS 85984NED DataProperties: field "value[0].Type" has unknown value "Measure" (expected one of Topic, TopicGroup, Dimension, TimeDimension, GeoDimension, GeoDetail)',
    );
  });

  it('should report a missing value array when the envelope changed', () => {
    expect(schemaErrorOf(() => parseV3DataProperties({ d: [] }, ctx)).message).toBe(
      'CBS 85984NED DataProperties: field "value" expected an array, got undefined',
    );
  });

  it('should report a duplicated topic key', () => {
    const topic = { ID: 1, Type: 'Topic', Key: 'AantalInwoners_5', Title: 'Aantal inwoners' };
    expect(schemaErrorOf(() => parseV3DataProperties({ value: [topic, { ...topic, ID: 2 }] }, ctx)).details.field).toBe('value[1].Key');
  });

  it('should require exactly one TableInfos row with a string Modified', () => {
    const tiCtx = { tableId: '84799NED', endpoint: 'TableInfos' };
    expect(schemaErrorOf(() => parseV3TableInfos({ value: [] }, tiCtx)).message).toContain('expected exactly one TableInfos row, got 0');
    expect(
      schemaErrorOf(() => parseV3TableInfos({ value: [{ Identifier: '84799NED', Title: 'T', Modified: 20210326 }] }, tiCtx)).details.field,
    ).toBe('value[0].Modified');
  });

  it('should require Key and Title strings in a dimension list and name the item', () => {
    const error = schemaErrorOf(() =>
      parseV3DimensionCodes(
        {
          value: [
            { Key: 'GM0106    ', Title: 'Assen' },
            { Key: null, Title: 'x' },
          ],
        },
        { tableId: '84799NED', endpoint: 'WijkenEnBuurten' },
      ),
    );
    expect(error.message).toBe('CBS 84799NED WijkenEnBuurten: field "value[1].Key" expected a string, got null');
  });

  it('should require name and url in the service document', () => {
    expect(
      schemaErrorOf(() => parseV3ServiceDocument({ value: [{ name: 'TableInfos' }] }, { tableId: 'X', endpoint: 'service document' }))
        .details.field,
    ).toBe('value[0].url');
  });

  it.each<[string, unknown, string]>([
    ['a row without ID', { WijkenEnBuurten: 'GM0106    ' }, 'value[0].ID'],
    ['a cell holding an object', { ID: 1, WijkenEnBuurten: 'GM0106    ', AantalInwoners_5: { v: 1 } }, 'value[0].AantalInwoners_5'],
    ['a row missing an expected column', { ID: 1, WijkenEnBuurten: 'GM0106    ' }, 'value[0].AantalInwoners_5'],
  ])('should reject %s in TypedDataSet rows', (_name, row, field) => {
    const error = schemaErrorOf(() =>
      narrowV3Rows([row], ['WijkenEnBuurten', 'AantalInwoners_5'], { tableId: '84799NED', endpoint: 'ODataFeed TypedDataSet' }),
    );
    expect(error.details).toMatchObject({ tableId: '84799NED', endpoint: 'ODataFeed TypedDataSet', field });
  });
});
