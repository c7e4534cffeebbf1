import { CbsMappingResult, CbsObservation } from '../shared/cbs.types';
import { CbsCoordinates, CoordinateContext, NATIONAL_REGION_CODE, locate, rejected } from '../shared/cbs-mapping';
import { type PeriodStatus, mapPeriodStatus, resolvePeriodStatus } from '@koers/indicators';
import { V3Row, V3TableInfo, V3TableMetadata } from './v3.schema';
import { regionDimensionOf, timeDimensionOf } from './v3-selection';

/**
 * Pure mapping of v3 TypedDataSet rows (wide: one column per topic) to long `CbsObservation` records.
 * A typed `null` is missing with reason 'null'; a CBS symbol ('.', 'x', '-', '?') is missing with that symbol
 * as the reason. Anything else that is not a number is rejected with its row key: never guessed, never zero.
 */
export interface V3MappingContext extends CoordinateContext {
  /** Numeric topic keys to turn into observations (String topics such as `Gemeentenaam_1` are attributes). */
  readonly topics: readonly string[];
}

export interface V3MappingOptions {
  readonly regionDimension?: string;
  /** Region for tables without a geo dimension; default 'NL01' (national tables). Null rejects such rows. */
  readonly defaultRegionCode?: string | null;
  /** Override the period of a table without time dimension (default: derived from TableInfos). */
  readonly fixedPeriod?: { readonly code: string; readonly status: PeriodStatus | null };
  /** Restrict to these topics (default: every non-String topic). */
  readonly topics?: readonly string[];
}

const MISSING_SYMBOLS: ReadonlySet<string> = new Set(['.', 'x', '-', '?']);

/**
 * A table without time dimension (the yearly KWB tables) covers one year: `Period: "2020"` → `2020JJ00`, with
 * the status stated under "Status van de cijfers" in its description (the first of definitief / nader
 * voorlopig / voorlopig mentioned there). Null status when the text says nothing we recognise.
 */
export function fixedPeriodFromTableInfo(info: V3TableInfo): { code: string; status: PeriodStatus | null } | null {
  const year = info.Period?.trim() ?? '';
  if (!/^\d{4}$/.test(year)) return null;
  return { code: `${year}JJ00`, status: statusFromDescription(info.ShortDescription) };
}

function statusFromDescription(text: string | null): PeriodStatus | null {
  if (text === null) return null;
  const at = text.search(/status van de cijfers/i);
  if (at < 0) return null;
  const paragraph = text
    .slice(at)
    .split(/\n\s*\n/)[0]
    .toLowerCase();
  const found = ['nader voorlopig', 'voorlopig', 'definitief']
    .map((word) => ({ word, index: paragraph.indexOf(word) }))
    .filter((hit) => hit.index >= 0)
    .sort((a, b) => a.index - b.index)[0];
  return found === undefined ? null : mapPeriodStatus(found.word);
}

export function buildV3MappingContext(metadata: V3TableMetadata, options: V3MappingOptions = {}): V3MappingContext {
  const region = regionDimensionOf(metadata, options.regionDimension);
  const time = timeDimensionOf(metadata);
  const periodStatus = new Map<string, PeriodStatus | null>();
  for (const code of time?.codes ?? []) periodStatus.set(code.Key.trim(), resolvePeriodStatus(code.Status, code.Title));
  const numeric = metadata.topics.filter((t) => t.Datatype !== 'String').map((t) => t.Key);
  return {
    tableId: metadata.tableId,
    regionDimension: region?.key ?? null,
    timeDimension: time?.key ?? null,
    otherDimensions: metadata.dimensions.filter((d) => d !== region && d !== time).map((d) => d.key),
    periodStatus,
    fixedPeriod: time === null ? (options.fixedPeriod ?? fixedPeriodFromTableInfo(metadata.tableInfo)) : null,
    defaultRegionCode:
      region === null ? (options.defaultRegionCode === undefined ? NATIONAL_REGION_CODE : options.defaultRegionCode) : null,
    topics: options.topics ?? numeric,
  };
}

function observation(
  ctx: V3MappingContext,
  at: CbsCoordinates,
  topic: string,
  rowKey: string,
  value: number | null,
  missingReason: string | null,
): CbsObservation {
  return {
    tableId: ctx.tableId,
    measureKey: topic,
    regionCode: at.regionCode,
    periodCode: at.periodCode,
    dimensions: { ...at.dimensions },
    value,
    missingReason,
    status: at.status,
    sourceRowKey: `${rowKey}:${topic}`,
  };
}

export function mapV3Rows(rows: readonly V3Row[], ctx: V3MappingContext): CbsMappingResult {
  const result: CbsMappingResult = { observations: [], rejected: [] };
  for (const row of rows) {
    const rowKey = String(row['ID']);
    const at = locate(row, ctx);
    if (!at.ok) {
      result.rejected.push(rejected(ctx.tableId, rowKey, at.field, at.field === null ? null : row[at.field], at.reason));
      continue;
    }
    for (const topic of ctx.topics) {
      if (!(topic in row)) continue; // Not selected in this request.
      const cell = row[topic];
      if (typeof cell === 'number') result.observations.push(observation(ctx, at.value, topic, rowKey, cell, null));
      else if (cell === null) result.observations.push(observation(ctx, at.value, topic, rowKey, null, 'null'));
      else if (MISSING_SYMBOLS.has(cell.trim())) result.observations.push(observation(ctx, at.value, topic, rowKey, null, cell.trim()));
      else
        result.rejected.push(
          rejected(ctx.tableId, `${rowKey}:${topic}`, topic, cell, 'numeric topic holds a string that is not a CBS missing-value symbol'),
        );
    }
  }
  return result;
}
