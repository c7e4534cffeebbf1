import type { CursorPage } from './common.contracts';

/** One raw observation as a publication gave it (`GET /observations`). */
export interface ObservationView {
  /** Source table id (`03759ned`, `84799NED`, or an upload kind). */
  readonly table: string;
  readonly provider: string;
  /** The stable measure name of the catalogue. */
  readonly measure: string;
  /** The key as the source publishes it (`M000352`, `AantalInwoners_5`). */
  readonly key: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly region: string;
  readonly period: string;
  /** @format date */
  readonly periodStart: string;
  /** @format date */
  readonly periodEnd: string;
  /** Null when the source published no value; `missingReason` says why. */
  readonly value: number | null;
  readonly missingReason: string | null;
  readonly status: 'provisional' | 'revised-provisional' | 'definitive';
  readonly provisional: boolean;
  readonly publicationVersion: string;
  /** @format date-time */
  readonly publishedAt: string;
  /** True when the figure comes from an illustrative (voorbeelddata) file. */
  readonly demo: boolean;
  /** How close the table is to CBS's own publication: cbs, cbs-export, third-party, transcribed, municipal. */
  readonly evidence: string;
}

/** `GET /observations?format=json`. */
export interface ObservationPageResponse {
  /**
   * The date asked for with `asOf` (values as published on that date), or null for the newest.
   * @format date
   */
  readonly asOf: string | null;
  readonly data: readonly ObservationView[];
  readonly page: CursorPage;
}

/** The columns of every observation download, in order (CSV header, Arrow and Parquet fields). */
export const OBSERVATION_COLUMNS = [
  'table',
  'provider',
  'measure',
  'key',
  'dimensions',
  'region',
  'period',
  'period_start',
  'period_end',
  'value',
  'missing_reason',
  'status',
  'provisional',
  'publication_version',
  'published_at',
  'demo',
  'evidence',
] as const;
