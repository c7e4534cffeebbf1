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

/** Wire shapes of the CBS OData v4 service (datasets.cbs.nl/odata/v1), narrowed at runtime. */

export const V4_DIMENSION_KINDS = ['Dimension', 'TimeDimension', 'GeoDimension', 'GeoDetail'] as const;
export type V4DimensionKind = (typeof V4_DIMENSION_KINDS)[number];

export interface V4Properties {
  Identifier: string;
  Title: string;
  Modified: string;
  ObservationsModified: string | null;
  Version: string | null;
  VersionReason: string | null;
  Frequency: string | null;
  Status: string | null;
  ObservationCount: number | null;
  DatasetType: string | null;
  TemporalCoverage: string | null;
}

export interface V4Dimension {
  Identifier: string;
  Title: string;
  Kind: V4DimensionKind;
  MapYear: string | null;
  /** A string ("True") in some responses, a boolean in others: kept as text. */
  ReleasePolicy: string | null;
}

export interface V4MeasureCode {
  Identifier: string;
  Index: number | null;
  Title: string;
  Description: string | null;
  MeasureGroupId: string | null;
  DataType: string | null;
  Unit: string | null;
  Decimals: number | null;
}

export interface V4Code {
  Identifier: string;
  Index: number | null;
  Title: string;
  Description: string | null;
  DimensionGroupId: string | null;
  Status: string | null;
}

export interface V4Observation {
  Id: number;
  Measure: string;
  ValueAttribute: string;
  Value: number | null;
  StringValue: string | null;
  /** Every other column: dimension identifier → code. */
  dimensions: Readonly<Record<string, string>>;
}

export interface V4DimensionMeta extends V4Dimension {
  readonly codes: readonly V4Code[];
}

export interface V4TableMetadata {
  readonly tableId: string;
  readonly properties: V4Properties;
  readonly dimensions: readonly V4DimensionMeta[];
  readonly measures: readonly V4MeasureCode[];
}

export interface V4CatalogEntry {
  Identifier: string;
  Title: string;
  Modified: string;
  Status: string | null;
  DatasetType: string | null;
  Language: string | null;
}

export function parseV4Properties(body: unknown, ctx: SchemaContext): V4Properties {
  const rec = asRecord(body, ctx, '(body)');
  const p = '(body)';
  return {
    Identifier: reqString(rec, 'Identifier', ctx, p),
    Title: reqString(rec, 'Title', ctx, p),
    Modified: reqString(rec, 'Modified', ctx, p),
    ObservationsModified: optString(rec, 'ObservationsModified', ctx, p),
    Version: optText(rec, 'Version', ctx, p),
    VersionReason: optString(rec, 'VersionReason', ctx, p),
    Frequency: optString(rec, 'Frequency', ctx, p),
    Status: optString(rec, 'Status', ctx, p),
    ObservationCount: optNumber(rec, 'ObservationCount', ctx, p),
    DatasetType: optString(rec, 'DatasetType', ctx, p),
    TemporalCoverage: optString(rec, 'TemporalCoverage', ctx, p),
  };
}

export function parseV4Dimensions(body: unknown, ctx: SchemaContext): V4Dimension[] {
  return mapItems(parseODataPage(body, ctx, 'v4').items, ctx, (item, path) => ({
    Identifier: reqString(item, 'Identifier', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Kind: reqOneOf(item, 'Kind', V4_DIMENSION_KINDS, ctx, path),
    MapYear: optText(item, 'MapYear', ctx, path),
    ReleasePolicy: optText(item, 'ReleasePolicy', ctx, path),
  }));
}

export function parseV4MeasureCodes(body: unknown, ctx: SchemaContext): V4MeasureCode[] {
  return mapItems(parseODataPage(body, ctx, 'v4').items, ctx, (item, path) => ({
    Identifier: reqString(item, 'Identifier', ctx, path),
    Index: optNumber(item, 'Index', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Description: optString(item, 'Description', ctx, path),
    MeasureGroupId: optText(item, 'MeasureGroupId', ctx, path),
    DataType: optString(item, 'DataType', ctx, path),
    Unit: optString(item, 'Unit', ctx, path),
    Decimals: optNumber(item, 'Decimals', ctx, path),
  }));
}

export function parseV4Codes(body: unknown, ctx: SchemaContext): V4Code[] {
  return mapItems(parseODataPage(body, ctx, 'v4').items, ctx, (item, path) => ({
    Identifier: reqString(item, 'Identifier', ctx, path),
    Index: optNumber(item, 'Index', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Description: optString(item, 'Description', ctx, path),
    DimensionGroupId: optText(item, 'DimensionGroupId', ctx, path),
    Status: optString(item, 'Status', ctx, path),
  }));
}

export function parseV4Catalog(body: unknown, ctx: SchemaContext): { entries: V4CatalogEntry[]; nextLink: string | null } {
  const page = parseODataPage(body, ctx, 'v4');
  const entries = mapItems(page.items, ctx, (item, path) => ({
    Identifier: reqString(item, 'Identifier', ctx, path),
    Title: reqString(item, 'Title', ctx, path),
    Modified: reqString(item, 'Modified', ctx, path),
    Status: optString(item, 'Status', ctx, path),
    DatasetType: optString(item, 'DatasetType', ctx, path),
    Language: optString(item, 'Language', ctx, path),
  }));
  return { entries, nextLink: page.nextLink };
}

const OBSERVATION_FIELDS: ReadonlySet<string> = new Set(['Id', 'Measure', 'ValueAttribute', 'Value', 'StringValue']);

function narrowV4Observation(item: JsonRecord, dimensionIds: readonly string[], ctx: SchemaContext, path: string): V4Observation {
  const value = item['Value'];
  if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw schemaError(ctx, `${path}.Value`, `expected a number or null, got ${describeJson(value)}`);
  }
  const dimensions: Record<string, string> = {};
  for (const id of dimensionIds) dimensions[id] = reqString(item, id, ctx, path);
  for (const key of Object.keys(item)) {
    if (!OBSERVATION_FIELDS.has(key) && !(key in dimensions)) {
      throw schemaError(ctx, `${path}.${key}`, 'is not a known dimension of this table (renamed dimension?)');
    }
  }
  return {
    Id: reqNumber(item, 'Id', ctx, path),
    Measure: reqString(item, 'Measure', ctx, path),
    ValueAttribute: reqString(item, 'ValueAttribute', ctx, path),
    Value: value,
    StringValue: optString(item, 'StringValue', ctx, path),
    dimensions,
  };
}

/** Observations must carry exactly the dimensions the table's `Dimensions` list declares. */
export function narrowV4Observations(items: readonly unknown[], dimensionIds: readonly string[], ctx: SchemaContext): V4Observation[] {
  return mapItems(items, ctx, (item, path) => narrowV4Observation(item, dimensionIds, ctx, path));
}
