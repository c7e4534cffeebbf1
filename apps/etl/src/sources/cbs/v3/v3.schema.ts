import {
  JsonRecord,
  SchemaContext,
  asRecord,
  describeJson,
  mapItems,
  optNumber,
  optString,
  optText,
  parseODataPage,
  reqNumber,
  reqOneOf,
  reqString,
  schemaError,
} from '../shared/cbs-json.schema';

/** Wire shapes of the CBS OData v3 service (opendata.cbs.nl), narrowed at runtime. Field names as CBS sends them. */

export const V3_DATA_PROPERTY_TYPES = ['Topic', 'TopicGroup', 'Dimension', 'TimeDimension', 'GeoDimension', 'GeoDetail'] as const;
export type V3DataPropertyType = (typeof V3_DATA_PROPERTY_TYPES)[number];
export type V3DimensionType = Exclude<V3DataPropertyType, 'Topic' | 'TopicGroup'>;

export interface V3DataProperty {
  ID: number;
  Position: number | null;
  ParentID: number | null;
  Type: V3DataPropertyType;
  Key: string;
  Title: string;
  Description: string | null;
  Datatype: string | null;
  Unit: string | null;
  Decimals: number | null;
  Default: string | null;
  MapYear: string | null;
}

export interface V3TableInfo {
  Identifier: string;
  Title: string;
  ShortTitle: string | null;
  ShortDescription: string | null;
  Modified: string;
  MetaDataModified: string | null;
  Updated: string | null;
  ReasonDelivery: string | null;
  OutputStatus: string | null;
  Frequency: string | null;
  Period: string | null;
  Catalog: string | null;
  RecordCount: number | null;
  ColumnCount: number | null;
}

/** An item of a dimension list (`Category`, `TimeCategory` with Status, `GeoDetailCategory`). */
export interface V3DimensionCode {
  Key: string;
  Title: string;
  Description: string | null;
  Status: string | null;
  CategoryGroupID: number | null;
  Municipality: string | null;
  DetailRegionCode: string | null;
}

export interface V3ServiceEntry {
  name: string;
  url: string;
}

export interface V3DimensionMeta {
  readonly key: string;
  readonly type: V3DimensionType;
  readonly title: string;
  readonly codes: readonly V3DimensionCode[];
}

export interface V3TableMetadata {
  readonly tableId: string;
  readonly tableInfo: V3TableInfo;
  readonly dataProperties: readonly V3DataProperty[];
  /** In DataProperties order. */
  readonly dimensions: readonly V3DimensionMeta[];
  readonly topics: readonly V3DataProperty[];
}

export type V3Cell = string | number | null;
export type V3Row = Readonly<Record<string, V3Cell>>;

/** The five entity sets every table has; every further entry in the service document is a dimension list. */
export const V3_FIXED_ENTITY_SETS: readonly string[] = ['TableInfos', 'UntypedDataSet', 'TypedDataSet', 'DataProperties', 'CategoryGroups'];

export function parseV3ServiceDocument(body: unknown, ctx: SchemaContext): V3ServiceEntry[] {
  const page = parseODataPage(body, ctx, 'v3');
  return mapItems(page.items, ctx, (item, path) => ({ name: reqString(item, 'name', ctx, path), url: reqString(item, 'url', ctx, path) }));
}

export function narrowV3TableInfo(item: JsonRecord, ctx: SchemaContext, path: string): V3TableInfo {
  return {
    Identifier: reqString(item, 'Identifier', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    ShortTitle: optString(item, 'ShortTitle', ctx, path),
    ShortDescription: optString(item, 'ShortDescription', ctx, path),
    Modified: reqString(item, 'Modified', ctx, path),
    MetaDataModified: optString(item, 'MetaDataModified', ctx, path),
    Updated: optString(item, 'Updated', ctx, path),
    ReasonDelivery: optString(item, 'ReasonDelivery', ctx, path),
    OutputStatus: optString(item, 'OutputStatus', ctx, path),
    Frequency: optString(item, 'Frequency', ctx, path),
    Period: optString(item, 'Period', ctx, path),
    Catalog: optString(item, 'Catalog', ctx, path),
    RecordCount: optNumber(item, 'RecordCount', ctx, path),
    ColumnCount: optNumber(item, 'ColumnCount', ctx, path),
  };
}

/** `TableInfos` holds exactly one row. */
export function parseV3TableInfos(body: unknown, ctx: SchemaContext): V3TableInfo {
  const page = parseODataPage(body, ctx, 'v3');
  if (page.items.length !== 1) throw schemaError(ctx, 'value', `expected exactly one TableInfos row, got ${page.items.length}`);
  return narrowV3TableInfo(asRecord(page.items[0], ctx, 'value[0]'), ctx, 'value[0]');
}

export function parseV3CatalogTables(body: unknown, ctx: SchemaContext): { tables: V3TableInfo[]; nextLink: string | null } {
  const page = parseODataPage(body, ctx, 'v3');
  return { tables: mapItems(page.items, ctx, (item, path) => narrowV3TableInfo(item, ctx, path)), nextLink: page.nextLink };
}

export function narrowV3DataProperty(item: JsonRecord, ctx: SchemaContext, path: string): V3DataProperty {
  return {
    ID: reqNumber(item, 'ID', ctx, path),
    Position: optNumber(item, 'Position', ctx, path),
    ParentID: optNumber(item, 'ParentID', ctx, path),
    Type: reqOneOf(item, 'Type', V3_DATA_PROPERTY_TYPES, ctx, path),
    Key: reqString(item, 'Key', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Description: optString(item, 'Description', ctx, path),
    Datatype: optString(item, 'Datatype', ctx, path),
    Unit: optString(item, 'Unit', ctx, path),
    Decimals: optNumber(item, 'Decimals', ctx, path),
    Default: optString(item, 'Default', ctx, path),
    MapYear: optText(item, 'MapYear', ctx, path),
  };
}

export function parseV3DataProperties(body: unknown, ctx: SchemaContext): V3DataProperty[] {
  const props = mapItems(parseODataPage(body, ctx, 'v3').items, ctx, (item, path) => narrowV3DataProperty(item, ctx, path));
  const seen = new Set<string>();
  props.forEach((prop, index) => {
    if (prop.Type === 'TopicGroup') return;
    if (prop.Key.trim() === '') throw schemaError(ctx, `value[${index}].Key`, `is empty for a ${prop.Type}`);
    if (seen.has(prop.Key)) throw schemaError(ctx, `value[${index}].Key`, `duplicates key ${JSON.stringify(prop.Key)}`);
    seen.add(prop.Key);
  });
  return props;
}

export function narrowV3DimensionCode(item: JsonRecord, ctx: SchemaContext, path: string): V3DimensionCode {
  return {
    Key: reqString(item, 'Key', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Description: optString(item, 'Description', ctx, path),
    Status: optString(item, 'Status', ctx, path),
    CategoryGroupID: optNumber(item, 'CategoryGroupID', ctx, path),
    Municipality: optString(item, 'Municipality', ctx, path),
    DetailRegionCode: optString(item, 'DetailRegionCode', ctx, path),
  };
}

export function parseV3DimensionCodes(body: unknown, ctx: SchemaContext): V3DimensionCode[] {
  return mapItems(parseODataPage(body, ctx, 'v3').items, ctx, (item, path) => narrowV3DimensionCode(item, ctx, path));
}

/**
 * Narrows TypedDataSet rows: every row an object with a numeric `ID`, every cell a string, number or null, and
 * every expected column present (a missing column means a renamed or dropped key: the source changed shape).
 */
export function narrowV3Rows(items: readonly unknown[], expectedColumns: readonly string[], ctx: SchemaContext): V3Row[] {
  return items.map((item, index) => {
    const path = `value[${index}]`;
    const row = asRecord(item, ctx, path);
    reqNumber(row, 'ID', ctx, path);
    for (const column of expectedColumns) {
      if (!(column in row)) throw schemaError(ctx, `${path}.${column}`, 'is missing from the row (renamed or dropped key?)');
    }
    for (const [key, cell] of Object.entries(row)) {
      if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') {
        throw schemaError(ctx, `${path}.${key}`, `expected a string, number or null, got ${describeJson(cell)}`);
      }
    }
    return row as V3Row;
  });
}
