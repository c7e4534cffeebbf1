import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadV3Folder, loadV4Folder } from '../recorded/recorded-cbs-files.reader';
import { RecordedV3Table, RecordedV4Table } from '../recorded/recorded-cbs-tables';
import { CBS_FIXTURES_DIR } from './cbs-fixtures-dir';
import { V3Row, V3TableMetadata, narrowV3Rows, narrowV3TableInfo, parseV3DataProperties, parseV3DimensionCodes } from '../v3/v3.schema';
import {
  V4Observation,
  V4TableMetadata,
  narrowV4Observations,
  parseV4Codes,
  parseV4Dimensions,
  parseV4MeasureCodes,
  parseV4Properties,
} from '../v4/v4.schema';

/** Real recorded fixtures turned into parsed metadata and rows without HTTP, for pure mapper tests. */

/** A recorded JSON file under `__fixtures__/`, as it arrived. */
export function fixtureJson(path: string): unknown {
  return JSON.parse(readFileSync(join(CBS_FIXTURES_DIR, path), 'utf8'));
}

function v3Table(id: string): RecordedV3Table {
  const table = loadV3Folder(join(CBS_FIXTURES_DIR, 'v3', id));
  if (table === null) throw new Error(`no v3 fixture ${id}`);
  return table;
}

function v4Table(id: string): RecordedV4Table {
  const table = loadV4Folder(join(CBS_FIXTURES_DIR, 'v4', id));
  if (table === null) throw new Error(`no v4 fixture ${id}`);
  return table;
}

export function v3FixtureMetadata(id: string): V3TableMetadata {
  const table = v3Table(id);
  const ctx = { tableId: id, endpoint: 'fixture' };
  const dataProperties = parseV3DataProperties({ value: table.dataProperties }, ctx);
  const dimensions = dataProperties.flatMap((p) =>
    p.Type === 'Topic' || p.Type === 'TopicGroup'
      ? []
      : [{ key: p.Key, type: p.Type, title: p.Title, codes: parseV3DimensionCodes({ value: table.dimensionCodes[p.Key] }, ctx) }],
  );
  const tableInfo = narrowV3TableInfo(table.tableInfo, ctx, 'TableInfos');
  return { tableId: tableInfo.Identifier, tableInfo, dataProperties, dimensions, topics: dataProperties.filter((p) => p.Type === 'Topic') };
}

export function v3FixtureRows(id: string): V3Row[] {
  const table = v3Table(id);
  const rows = Array.from({ length: table.rows.count }, (_, i) => table.rows.at(i));
  return narrowV3Rows(rows, [], { tableId: id, endpoint: 'fixture' });
}

export function v4FixtureMetadata(id: string): V4TableMetadata {
  const table = v4Table(id);
  const ctx = { tableId: id, endpoint: 'fixture' };
  const dimensions = parseV4Dimensions({ value: table.dimensions }, ctx).map((d) => ({
    ...d,
    codes: parseV4Codes({ value: table.codes[d.Identifier] ?? [] }, ctx),
  }));
  const properties = parseV4Properties(table.properties, ctx);
  return { tableId: properties.Identifier, properties, dimensions, measures: parseV4MeasureCodes({ value: table.measureCodes }, ctx) };
}

export function v4FixtureObservations(id: string): V4Observation[] {
  const table = v4Table(id);
  const items = Array.from({ length: table.observations.count }, (_, i) => table.observations.at(i));
  return narrowV4Observations(
    items,
    table.dimensions.map((d) => String(d.Identifier)),
    { tableId: id, endpoint: 'fixture' },
  );
}
