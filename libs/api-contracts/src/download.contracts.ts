/** The file formats of the bulk downloads. */
export type DownloadFormat = 'csv' | 'json' | 'arrow' | 'parquet';

/** One way to fetch a download. */
export interface DownloadDistribution {
  readonly format: DownloadFormat;
  /**
   * `international` (`,` and `.`, in the data package) or `nl`: the file for Excel with Dutch settings (`;`, decimal
   * comma, a BOM so Excel reads UTF-8, values rounded as shown), a separate file outside the data package; null for
   * the other formats.
   */
  readonly dialect: 'international' | 'nl' | null;
  readonly mediaType: string;
  /** The absolute path on the API's host: `/api/v1/downloads/indicators.csv`. */
  readonly url: string;
}

/** One bulk download (`GET /downloads`). */
export interface DownloadView {
  readonly id: 'indicators' | 'observations';
  readonly title: string;
  readonly description: string;
  readonly distributions: readonly DownloadDistribution[];
  readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
}

/** `GET /downloads`. */
export interface DownloadListResponse {
  /** The absolute path of the Frictionless Data Package: `/api/v1/downloads/datapackage.json`. */
  readonly datapackage: string;
  readonly data: readonly DownloadView[];
}

/** One row of `indicators.{csv,json,arrow,parquet}`: every indicator × region × period, long format. */
export interface IndicatorDownloadRow {
  readonly indicator: string;
  readonly ambition: string;
  readonly region: string;
  readonly region_name: string | null;
  readonly region_level: string | null;
  readonly period: string;
  readonly year: number;
  readonly value: number | null;
  readonly unit: string;
  /** The progress status of the indicator for this region, on the row of the latest period it judges; else null. */
  readonly status: string | null;
  readonly provisional: boolean;
  readonly missing_reason: string | null;
  /** True when the value comes from an illustrative (voorbeelddata) file: never a real figure. */
  readonly demo: boolean;
  /** The weakest evidence level among the figures the value was computed from. */
  readonly evidence: string | null;
  /** The tables the value came from, `provider:tableId`, separated by spaces. */
  readonly sources: string | null;
}

/** The columns of the indicator download, in order. */
export const INDICATOR_DOWNLOAD_COLUMNS = [
  'indicator',
  'ambition',
  'region',
  'region_name',
  'region_level',
  'period',
  'year',
  'value',
  'unit',
  'status',
  'provisional',
  'missing_reason',
  'demo',
  'evidence',
  'sources',
] as const satisfies readonly (keyof IndicatorDownloadRow)[];

/** A field of a Frictionless Table Schema. */
export interface TableSchemaField {
  readonly name: string;
  readonly type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'datetime';
  readonly description: string;
  /** Of a `datetime`: the pattern its values follow, `%Y-%m-%dT%H:%M:%S.%fZ` (UTC, with milliseconds). */
  readonly format?: string;
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
}

/** A Frictionless Table Schema: the columns of a resource, in order. */
export interface TableSchema {
  readonly fields: readonly TableSchemaField[];
  readonly missingValues: readonly string[];
  readonly primaryKey: readonly string[];
}

/** A CSV dialect as Frictionless describes it. */
export interface CsvDialectDescription {
  readonly delimiter: string;
  readonly lineTerminator: string;
  readonly header: boolean;
  readonly quoteChar: string;
  readonly doubleQuote: boolean;
}

/** A table the data comes from, with how close it is to CBS's own publication. */
export interface DataPackageSource {
  readonly title: string;
  /** The table's StatLine page, for a CBS table. */
  readonly path?: string;
  /** Koers's evidence levels of the figures from it (`cbs`, `cbs-export`, …), separated by spaces. */
  readonly evidence: string;
  /** True for an illustrative (voorbeelddata) file: its figures are never real. */
  readonly demo: boolean;
}

/** One file of the data package; the CSVs are tabular data resources, the other formats data resources. */
export interface DataPackageResource {
  readonly profile: 'tabular-data-resource' | 'data-resource';
  readonly name: string;
  readonly title: string;
  /** Relative to the data package: `indicators.csv`. */
  readonly path: string;
  readonly format: DownloadFormat;
  readonly mediatype: string;
  /** The text encoding of CSV and JSON (no BOM). */
  readonly encoding?: 'utf-8';
  readonly dialect?: CsvDialectDescription;
  readonly schema: TableSchema;
}

/** `GET /downloads/datapackage.json`: a Frictionless Data Package (v1) of every download. */
export interface DataPackage {
  readonly profile: 'data-package';
  readonly name: string;
  readonly title: string;
  /** Semantic: the API's version, with the data version as build metadata (`1.0.0+data.0f3a…`). */
  readonly version: string;
  readonly licenses: readonly { readonly name: string; readonly title: string; readonly path: string }[];
  readonly sources: readonly DataPackageSource[];
  readonly resources: readonly DataPackageResource[];
}
