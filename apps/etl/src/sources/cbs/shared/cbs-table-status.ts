import { CbsTableStatus, CbsTableVersion } from './cbs.types';
import { V3TableInfo } from '../v3/v3.schema';
import { V4CatalogEntry, V4Properties } from '../v4/v4.schema';

/**
 * Whether a table is still published, from its catalog fields. A discontinued table stays available under
 * its id but is flagged: v3 `OutputStatus: Gediscontinueerd`, `Frequency`/`ReasonDelivery: Stopgezet`;
 * v4 `Status: Gediscontinueerd`, `VersionReason`/`Frequency: Stopgezet`. `Vervallen` (v4) means withdrawn.
 */
const DISCONTINUED = new Set(['gediscontinueerd', 'stopgezet', 'gestopt']);
const WITHDRAWN = new Set(['vervallen']);
const REGULAR = new Set(['regulier']);

export function classifyTableStatus(values: readonly (string | null)[]): CbsTableStatus {
  const normal = values.filter((v): v is string => v !== null && v.trim() !== '').map((v) => v.trim().toLowerCase());
  if (normal.some((v) => WITHDRAWN.has(v))) return 'withdrawn';
  if (normal.some((v) => DISCONTINUED.has(v))) return 'discontinued';
  if (normal.some((v) => REGULAR.has(v))) return 'regular';
  return 'unknown';
}

function rawFields(fields: Record<string, string | null>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null) raw[key] = value;
  return raw;
}

export function tableVersionFromV3(info: V3TableInfo): CbsTableVersion {
  const fields = { OutputStatus: info.OutputStatus, Frequency: info.Frequency, ReasonDelivery: info.ReasonDelivery };
  return {
    api: 'v3',
    tableId: info.Identifier,
    title: info.Title,
    modified: info.Modified,
    metaDataModified: info.MetaDataModified,
    observationsModified: null,
    version: null,
    status: classifyTableStatus(Object.values(fields)),
    rawStatus: rawFields(fields),
    reason: info.ReasonDelivery,
  };
}

export function tableVersionFromV4(props: V4Properties): CbsTableVersion {
  const fields = { Status: props.Status, VersionReason: props.VersionReason, Frequency: props.Frequency };
  return {
    api: 'v4',
    tableId: props.Identifier,
    title: props.Title,
    modified: props.Modified,
    metaDataModified: null,
    observationsModified: props.ObservationsModified,
    version: props.Version,
    status: classifyTableStatus(Object.values(fields)),
    rawStatus: rawFields(fields),
    reason: props.VersionReason,
  };
}

/** The v4 catalog (`Datasets`) carries fewer fields than `Properties`: Modified and Status only. */
export function tableVersionFromV4Catalog(entry: V4CatalogEntry): CbsTableVersion {
  return {
    api: 'v4',
    tableId: entry.Identifier,
    title: entry.Title,
    modified: entry.Modified,
    metaDataModified: null,
    observationsModified: null,
    version: null,
    status: classifyTableStatus([entry.Status]),
    rawStatus: rawFields({ Status: entry.Status }),
    reason: null,
  };
}
