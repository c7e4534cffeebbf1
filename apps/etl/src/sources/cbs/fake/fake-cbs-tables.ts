import { FakeRowSource, mapRowSource } from './fake-odata-request';

/**
 * Tables the fake CBS server serves, as plain JSON-like records in the wire shapes of the real services, and
 * pure transforms for test scenarios: a revised copy (new Modified, changed values), a renamed key, a
 * discontinued table. Every transform returns a new table; the original is left alone.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

export interface FakeV3Table {
  /** Canonical id, e.g. '84799NED'. Routes match it case-insensitively. */
  readonly id: string;
  /** The TableInfos row (also used for the ODataCatalog/Tables record). */
  readonly tableInfo: JsonObject;
  /** DataProperties items, with `odata.type`. */
  readonly dataProperties: readonly JsonObject[];
  /** Dimension key → its code list (keys padded as CBS pads them). */
  readonly dimensionCodes: Readonly<Record<string, readonly JsonObject[]>>;
  readonly categoryGroups: readonly JsonObject[];
  /** TypedDataSet rows, with `ID`. */
  readonly rows: FakeRowSource;
}

export interface FakeV4Table {
  readonly id: string;
  /** The Properties singleton (without `@odata.context`; the server adds it). */
  readonly properties: JsonObject;
  readonly dimensions: readonly JsonObject[];
  readonly measureCodes: readonly JsonObject[];
  readonly measureGroups: readonly JsonObject[];
  /** Dimension identifier → its `<Dim>Codes` list. */
  readonly codes: Readonly<Record<string, readonly JsonObject[]>>;
  readonly observations: FakeRowSource;
}

export type FakeTable = { readonly api: 'v3'; readonly table: FakeV3Table } | { readonly api: 'v4'; readonly table: FakeV4Table };

function renameField(row: JsonObject, from: string, to: string): JsonObject {
  if (!(from in row)) return row;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key === from ? to : key] = value;
  return out;
}

function replaceValue(row: JsonObject, field: string, from: unknown, to: unknown): JsonObject {
  return row[field] === from ? { ...row, [field]: to } : row;
}

export function withModified(entry: FakeTable, modified: string): FakeTable {
  if (entry.api === 'v3') {
    const tableInfo = { ...entry.table.tableInfo, Modified: modified, Updated: modified };
    return { api: 'v3', table: { ...entry.table, tableInfo } };
  }
  const properties = { ...entry.table.properties, Modified: modified, ObservationsModified: modified };
  return { api: 'v4', table: { ...entry.table, properties } };
}

/** Flags the table the way CBS does when it stops a table (it stays available under its id). */
export function asDiscontinued(entry: FakeTable): FakeTable {
  if (entry.api === 'v3') {
    const tableInfo = { ...entry.table.tableInfo, OutputStatus: 'Gediscontinueerd', Frequency: 'Stopgezet', ReasonDelivery: 'Stopgezet' };
    return { api: 'v3', table: { ...entry.table, tableInfo } };
  }
  const properties = { ...entry.table.properties, Status: 'Gediscontinueerd', VersionReason: 'Stopgezet', Frequency: 'Stopgezet' };
  return { api: 'v4', table: { ...entry.table, properties } };
}

export function withRows(entry: FakeTable, fn: (row: JsonObject) => JsonObject): FakeTable {
  if (entry.api === 'v3') return { api: 'v3', table: { ...entry.table, rows: mapRowSource(entry.table.rows, fn) } };
  return { api: 'v4', table: { ...entry.table, observations: mapRowSource(entry.table.observations, fn) } };
}

/** Renames a v3 topic/dimension key, or a dimension code (kept at the dimension's padded width). */
export function renameV3Key(table: FakeV3Table, from: string, to: string): FakeV3Table {
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
      rows: mapRowSource(table.rows, (row) => renameField(row, from, to)),
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
      rows: mapRowSource(table.rows, (row) => replaceValue(row, dim, oldKey, newKey)),
    };
  }
  throw new Error(`renameV3Key: ${table.id} has no key or code "${from}"`);
}

/** Renames a v4 measure code, a dimension identifier, or a dimension code. */
export function renameV4Key(table: FakeV4Table, from: string, to: string): FakeV4Table {
  if (table.measureCodes.some((m) => m.Identifier === from)) {
    return {
      ...table,
      measureCodes: table.measureCodes.map((m) => replaceValue(m, 'Identifier', from, to)),
      observations: mapRowSource(table.observations, (row) => replaceValue(row, 'Measure', from, to)),
    };
  }
  if (table.dimensions.some((d) => d.Identifier === from)) {
    const codes = { ...table.codes, [to]: table.codes[from] ?? [] };
    delete codes[from];
    return {
      ...table,
      dimensions: table.dimensions.map((d) => replaceValue(d, 'Identifier', from, to)),
      codes,
      observations: mapRowSource(table.observations, (row) => renameField(row, from, to)),
    };
  }
  for (const [dim, list] of Object.entries(table.codes)) {
    if (!list.some((c) => c.Identifier === from)) continue;
    return {
      ...table,
      codes: { ...table.codes, [dim]: list.map((c) => replaceValue(c, 'Identifier', from, to)) },
      observations: mapRowSource(table.observations, (row) => replaceValue(row, dim, from, to)),
    };
  }
  throw new Error(`renameV4Key: ${table.id} has no measure, dimension or code "${from}"`);
}

export function renameKey(entry: FakeTable, from: string, to: string): FakeTable {
  return entry.api === 'v3' ? { api: 'v3', table: renameV3Key(entry.table, from, to) } : { api: 'v4', table: renameV4Key(entry.table, from, to) };
}
