import { CbsSelection } from '../shared/cbs.types';
import { pickRegionDimension } from '../shared/cbs-mapping';
import { resolveKeys, unknownKeyError } from '../shared/cbs-odata-query';
import { V3DimensionMeta, V3TableMetadata } from './v3.schema';
import { V3DimensionChoice } from './v3-request.planner';

/**
 * Turns a selection of trimmed codes into exact (padded) keys per dimension, in split priority order (region,
 * period, others), and the `$select` list. Unknown codes fail the request unless the selection says 'skip':
 * silently dropping a registered region would load the wrong thing.
 */
export interface ResolvedV3Selection {
  readonly dimensions: V3DimensionChoice[];
  readonly topicCount: number;
  readonly select: string | null;
  /** True when every requested code of some dimension was unknown and skipped: nothing to fetch. */
  readonly empty: boolean;
}

export function regionDimensionOf(metadata: V3TableMetadata, preferred?: string): V3DimensionMeta | null {
  if (preferred !== undefined) {
    const match = metadata.dimensions.find((d) => d.key === preferred);
    if (match === undefined) throw unknownKeyError(metadata.tableId, 'DataProperties', 'dimensions', [preferred]);
    return match;
  }
  const candidates = metadata.dimensions
    .filter((d) => d.type !== 'TimeDimension')
    .map((dim) => ({
      key: dim.key,
      isGeoKind: dim.type === 'GeoDimension' || dim.type === 'GeoDetail',
      codes: dim.codes.map((c) => c.Key),
      dim,
    }));
  return pickRegionDimension(candidates)?.dim ?? null;
}

export function timeDimensionOf(metadata: V3TableMetadata): V3DimensionMeta | null {
  return metadata.dimensions.find((d) => d.type === 'TimeDimension') ?? null;
}

function wantedCodes(
  dim: V3DimensionMeta,
  region: V3DimensionMeta | null,
  time: V3DimensionMeta | null,
  selection: CbsSelection,
): readonly string[] | undefined {
  if (dim === region && selection.regions !== undefined) return selection.regions;
  if (dim === time && selection.periods !== undefined) return selection.periods;
  return selection.dimensions?.[dim.key];
}

function checkNamedDimensions(metadata: V3TableMetadata, selection: CbsSelection, region: V3DimensionMeta | null): void {
  const known = new Set(metadata.dimensions.map((d) => d.key));
  const unknownDims = Object.keys(selection.dimensions ?? {}).filter((key) => !known.has(key));
  if (unknownDims.length > 0 && selection.onUnknownCode !== 'skip') {
    throw unknownKeyError(metadata.tableId, 'DataProperties', 'dimensions', unknownDims);
  }
  if (selection.regions !== undefined && region === null && selection.onUnknownCode !== 'skip') {
    throw unknownKeyError(metadata.tableId, 'DataProperties', 'region dimension', selection.regions);
  }
}

function resolveTopics(metadata: V3TableMetadata, selection: CbsSelection): string[] | null {
  if (selection.measures === undefined) return null;
  const { keys, unknown } = resolveKeys(
    metadata.topics.map((t) => t.Key),
    selection.measures,
  );
  if (unknown.length > 0 && selection.onUnknownCode !== 'skip')
    throw unknownKeyError(metadata.tableId, 'DataProperties', 'topics', unknown);
  return keys;
}

export function resolveV3Selection(metadata: V3TableMetadata, selection: CbsSelection): ResolvedV3Selection {
  const region = regionDimensionOf(metadata, selection.regionDimension);
  const time = timeDimensionOf(metadata);
  checkNamedDimensions(metadata, selection, region);
  const ordered = [region, time, ...metadata.dimensions.filter((d) => d !== region && d !== time)].filter(
    (d): d is V3DimensionMeta => d !== null,
  );
  let empty = false;
  const dimensions = ordered.map((dim): V3DimensionChoice => {
    const all = dim.codes.map((c) => c.Key);
    const wanted = wantedCodes(dim, region, time, selection);
    if (wanted === undefined) return { key: dim.key, selected: null, all };
    const { keys, unknown } = resolveKeys(all, wanted);
    if (unknown.length > 0 && selection.onUnknownCode !== 'skip') throw unknownKeyError(metadata.tableId, dim.key, dim.key, unknown);
    if (keys.length === 0) empty = true;
    return { key: dim.key, selected: keys, all };
  });
  const topics = resolveTopics(metadata, selection);
  if (topics !== null && topics.length === 0) empty = true;
  const select = topics === null ? null : ['ID', ...ordered.map((d) => d.key), ...topics].join(',');
  return { dimensions, topicCount: topics?.length ?? metadata.topics.length, select, empty };
}
