/** The file formats of the bulk downloads. */
export type DownloadFormat = 'csv' | 'json' | 'arrow' | 'parquet';

/** One way to fetch a download. */
export interface DownloadDistribution {
  readonly format: DownloadFormat;
  /** `international` (`,` and `.`) or `nl` (Excel: `;`, decimal comma, BOM); null for non-CSV formats. */
  readonly dialect: 'international' | 'nl' | null;
  readonly mediaType: string;
  /** Path relative to the API prefix (`/api/v1`). */
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
  /** The progress status of the indicator for this region (the same on every period of the series). */
  readonly status: string;
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
