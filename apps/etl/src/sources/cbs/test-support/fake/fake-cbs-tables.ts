import { mapRows } from '../../recorded/odata-query';
import type { JsonObject, RecordedTable, RecordedV3Table, RecordedV4Table } from '../../recorded/recorded-cbs-tables';

/**
 * Test scenarios over recorded tables, as pure transforms: a revised copy (new Modified, changed values), a renamed
 * key, a changed unit, a discontinued table. Every transform returns a new table; the original is left alone.
 */
function renameField(row: JsonObject, from: string, to: string): JsonObject {
  if (!(from in row)) return row;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key === from ? to : key] = value;
  return out;
}

function replaceValue(row: JsonObject, field: string, from: unknown, to: unknown): JsonObject {
  return row[field] === from ? { ...row, [field]: to } : row;
}

export function withModified(entry: RecordedTable, modified: string): RecordedTable {
  if (entry.api === 'v3') {
    const tableInfo = { ...entry.table.tableInfo, Modified: modified, Updated: modified };
    return { api: 'v3', table: { ...entry.table, tableInfo } };
  }
  const properties = { ...entry.table.properties, Modified: modified, ObservationsModified: modified };
  return { api: 'v4', table: { ...entry.table, properties } };
}

/** Flags the table the way CBS does when it stops a table (it stays available under its id). */
export function asDiscontinued(entry: RecordedTable): RecordedTable {
  if (entry.api === 'v3') {
    const tableInfo = { ...entry.table.tableInfo, OutputStatus: 'Gediscontinueerd', Frequency: 'Stopgezet', ReasonDelivery: 'Stopgezet' };
    return { api: 'v3', table: { ...entry.table, tableInfo } };
  }
  const properties = { ...entry.table.properties, Status: 'Gediscontinueerd', VersionReason: 'Stopgezet', Frequency: 'Stopgezet' };
  return { api: 'v4', table: { ...entry.table, properties } };
}

/** The same table with one topic (v3 `DataProperties`) or measure (v4 `MeasureCodes`) in another unit. */
export function withUnit(entry: RecordedTable, key: string, unit: string): RecordedTable {
  if (entry.api === 'v3')
    return {
      api: 'v3',
      table: { ...entry.table, dataProperties: entry.table.dataProperties.map((p) => (p['Key'] === key ? { ...p, Unit: unit } : p)) },
    };
  return {
    api: 'v4',
    table: { ...entry.table, measureCodes: entry.table.measureCodes.map((m) => (m['Identifier'] === key ? { ...m, Unit: unit } : m)) },
  };
}

export function withRows(entry: RecordedTable, fn: (row: JsonObject) => JsonObject): RecordedTable {
  if (entry.api === 'v3') return { api: 'v3', table: { ...entry.table, rows: mapRows(entry.table.rows, fn) } };
  return { api: 'v4', table: { ...entry.table, observations: mapRows(entry.table.observations, fn) } };
}

/** Renames a v3 topic/dimension key, or a dimension code (kept at the dimension's padded width). */
export function renameV3Key(table: RecordedV3Table, from: string, to: string): RecordedV3Table {
  if (table.dataProperties.some((p) => p.Key === from)) {
    const codes = { ...table.dimensionCodes };
    if (from in codes) {
      codes[to] = codes[from];
      delete codes[from];
    }
    return {
      ...table,
      dataProperties: table.dataProperties.map((p) => replaceValue(p, 'Key', from, to)),
      dimensionCodes: codes,
      rows: mapRows(table.rows, (row) => renameField(row, from, to)),
    };
  }
  for (const [dim, list] of Object.entries(table.dimensionCodes)) {
    const hit = list.find((c) => typeof c.Key === 'string' && c.Key.trim() === from);
    if (hit === undefined || typeof hit.Key !== 'string') continue;
    const width = Math.max(...list.map((c) => (typeof c.Key === 'string' ? c.Key.length : 0)));
    const oldKey = hit.Key;
    const newKey = to.padEnd(width);
    return {
      ...table,
      dimensionCodes: { ...table.dimensionCodes, [dim]: list.map((c) => replaceValue(c, 'Key', oldKey, newKey)) },
      rows: mapRows(table.rows, (row) => replaceValue(row, dim, oldKey, newKey)),
    };
  }
  throw new Error(`renameV3Key: ${table.id} has no key or code "${from}"`);
}

/** Renames a v4 measure code, a dimension identifier, or a dimension code. */
export function renameV4Key(table: RecordedV4Table, from: string, to: string): RecordedV4Table {
  if (table.measureCodes.some((m) => m.Identifier === from)) {
    return {
      ...table,
      measureCodes: table.measureCodes.map((m) => replaceValue(m, 'Identifier', from, to)),
      observations: mapRows(table.observations, (row) => replaceValue(row, 'Measure', from, to)),
    };
  }
  if (table.dimensions.some((d) => d.Identifier === from)) {
    const codes = { ...table.codes, [to]: table.codes[from] ?? [] };
    delete codes[from];
    return {
      ...table,
      dimensions: table.dimensions.map((d) => replaceValue(d, 'Identifier', from, to)),
      codes,
      observations: mapRows(table.observations, (row) => renameField(row, from, to)),
    };
  }
  for (const [dim, list] of Object.entries(table.codes)) {
    if (!list.some((c) => c.Identifier === from)) continue;
    return {
      ...table,
      codes: { ...table.codes, [dim]: list.map((c) => replaceValue(c, 'Identifier', from, to)) },
      observations: mapRows(table.observations, (row) => replaceValue(row, dim, from, to)),
    };
  }
  throw new Error(`renameV4Key: ${table.id} has no measure, dimension or code "${from}"`);
}

export function renameKey(entry: RecordedTable, from: string, to: string): RecordedTable {
  return entry.api === 'v3'
    ? { api: 'v3', table: renameV3Key(entry.table, from, to) }
    : { api: 'v4', table: renameV4Key(entry.table, from, to) };
}
