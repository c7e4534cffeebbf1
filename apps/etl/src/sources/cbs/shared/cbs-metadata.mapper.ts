import { CbsMeasure, CbsRegion, CbsRegionLevel } from './cbs.types';
import { V3DimensionMeta, V3TableMetadata } from '../v3/v3.schema';
import { V4DimensionMeta, V4TableMetadata } from '../v4/v4.schema';

/** Pure mapping of table metadata: measures with unit and decimals, regions with their level. */

const LEVEL_BY_PREFIX: ReadonlyArray<readonly [string, CbsRegionLevel]> = [
  ['NL', 'land'],
  ['LD', 'landsdeel'],
  ['PV', 'provincie'],
  ['CR', 'corop'],
  ['GM', 'gemeente'],
  ['WK', 'wijk'],
  ['BU', 'buurt'],
];

/** The level of a region from its code prefix (`GM0106` → gemeente, `WK010601` → wijk, `NL00`/`NL01` → land). */
export function regionLevelOf(code: string): CbsRegionLevel {
  const trimmed = code.trim().toUpperCase();
  const match = LEVEL_BY_PREFIX.find(([prefix]) => trimmed.startsWith(prefix) && /^\d/.test(trimmed.slice(prefix.length)));
  return match === undefined ? 'other' : match[1];
}

export function mapV3Regions(dimension: V3DimensionMeta): CbsRegion[] {
  return dimension.codes.map((code) => ({
    code: code.Key.trim(),
    sourceKey: code.Key,
    title: code.Title.trim(),
    level: regionLevelOf(code.Key),
  }));
}

export function mapV4Regions(dimension: V4DimensionMeta): CbsRegion[] {
  return dimension.codes.map((code) => ({
    code: code.Identifier.trim(),
    sourceKey: code.Identifier,
    title: code.Title.trim(),
    level: regionLevelOf(code.Identifier),
  }));
}

export function mapV3Measures(metadata: V3TableMetadata): CbsMeasure[] {
  return metadata.topics.map((topic) => ({
    tableId: metadata.tableId,
    key: topic.Key,
    title: topic.Title.trim(),
    unit: topic.Unit?.trim() ?? null,
    decimals: topic.Decimals,
    datatype: topic.Datatype,
    description: topic.Description,
  }));
}

export function mapV4Measures(metadata: V4TableMetadata): CbsMeasure[] {
  return metadata.measures.map((measure) => ({
    tableId: metadata.tableId,
    key: measure.Identifier,
    title: measure.Title.trim(),
    unit: measure.Unit?.trim() ?? null,
    decimals: measure.Decimals,
    datatype: measure.DataType,
    description: measure.Description,
  }));
}
