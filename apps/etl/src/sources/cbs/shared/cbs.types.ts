/** Domain types produced by the CBS source: what the loader stores, independent of API version. */

import type { PeriodStatus } from '@koers/indicators';

export type CbsApiVersion = 'v3' | 'v4';

export interface CbsObservation {
  /** Canonical id as in the catalog (e.g. '84799NED', '03759ned'). */
  tableId: string;
  /** v3 Topic key (e.g. 'AantalInwoners_5') or v4 Measure code (e.g. 'M000352'). */
  measureKey: string;
  /** Trimmed region code ('GM0106', 'WK010601', 'NL01', 'PV22'). */
  regionCode: string;
  /** Trimmed period code, e.g. '2024JJ00'. */
  periodCode: string;
  /** Other dimension keys → trimmed code (e.g. { Geslacht: 'T001038' }). */
  dimensions: Record<string, string>;
  value: number | null;
  /** Why the value is missing ('null' for a typed v3 null, '.', 'x', a v4 ValueAttribute…); null when present. */
  missingReason: string | null;
  status: PeriodStatus;
  /** Stable location for rejected-row reports: v3 `<row ID>:<topic key>`, v4 observation Id. */
  sourceRowKey: string;
}

/** A row that could not be mapped. Its value is never guessed; it is reported with the reason. */
export interface CbsRejectedRow {
  tableId: string;
  sourceRowKey: string;
  /** The column or measure concerned, when the problem is in one cell. */
  field: string | null;
  /** The raw value as JSON text, for the rejected-rows report. */
  rawValue: string;
  reason: string;
}

export interface CbsMappingResult {
  observations: CbsObservation[];
  rejected: CbsRejectedRow[];
}

export type CbsRegionLevel = 'land' | 'landsdeel' | 'provincie' | 'corop' | 'gemeente' | 'wijk' | 'buurt' | 'other';

export interface CbsRegion {
  /** Trimmed code, e.g. 'GM0106'. */
  code: string;
  /** The key exactly as the source sends it (v3 is right-padded, e.g. 'GM0106    '). */
  sourceKey: string;
  title: string;
  level: CbsRegionLevel;
}

export interface CbsMeasure {
  tableId: string;
  key: string;
  title: string;
  unit: string | null;
  decimals: number | null;
  /** 'Double', 'Long', 'Float', 'String', … as published. */
  datatype: string | null;
  description: string | null;
}

/** Whether a table is still published. Raw catalog values are kept beside it in `CbsTableVersion`. */
export type CbsTableStatus = 'regular' | 'discontinued' | 'withdrawn' | 'unknown';

export interface CbsTableVersion {
  api: CbsApiVersion;
  /** Canonical id as the source spells it. */
  tableId: string;
  title: string;
  /** As given by the source (v3 local time without zone, v4 with offset). */
  modified: string;
  /** v3 MetaDataModified; v4 has none (null). */
  metaDataModified: string | null;
  /** v4 ObservationsModified / Version; null in v3. */
  observationsModified: string | null;
  version: string | null;
  status: CbsTableStatus;
  /** The raw status-like fields, e.g. { OutputStatus: 'Gediscontinueerd', Frequency: 'Stopgezet' }. */
  rawStatus: Record<string, string>;
  /** v3 ReasonDelivery / v4 VersionReason (e.g. 'Herontwerp', 'Correctie'). */
  reason: string | null;
}

/** Which data to fetch. Codes are trimmed; the clients find the exact (padded) keys from the metadata. */
export interface CbsSelection {
  /** Region codes (trimmed) on the table's geo dimension. Omitted = all. */
  regions?: readonly string[];
  /** Period codes (trimmed). Omitted = all. */
  periods?: readonly string[];
  /** Other dimensions: key → trimmed codes. Omitted dimensions are not filtered. */
  dimensions?: Readonly<Record<string, readonly string[]>>;
  /** v3 topic keys or v4 measure codes. Omitted = all. */
  measures?: readonly string[];
  /** Which geo dimension `regions` applies to, when a table has more than one. */
  regionDimension?: string;
  /** What to do with a requested code the table does not have: fail (default, drift-safe) or skip it. */
  onUnknownCode?: 'error' | 'skip';
}
