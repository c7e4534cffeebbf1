import { CbsMappingResult, CbsObservation } from '../shared/cbs.types';
import { CoordinateContext, NATIONAL_REGION_CODE, locate, rejected, v4RegionDimensionOf } from '../shared/cbs-mapping';
import { type PeriodStatus, resolvePeriodStatus } from '@koers/indicators';
import { V4Observation, V4TableMetadata } from './v4.schema';

/**
 * Pure mapping of v4 Observations (already long) to `CbsObservation`. `Value: null` with a `ValueAttribute`
 * such as 'Impossible' is missing with that reason. A value together with an attribute other than 'None', a
 * text observation, or an unknown measure is rejected rather than guessed.
 */
export interface V4MappingContext extends CoordinateContext {
  /** Measure codes from MeasureCodes; null skips the check. */
  readonly knownMeasures: ReadonlySet<string> | null;
}

export interface V4MappingOptions {
  readonly regionDimension?: string;
  /** Region for tables without a geo dimension; default 'NL01'. Null rejects such observations. */
  readonly defaultRegionCode?: string | null;
}

export function buildV4MappingContext(metadata: V4TableMetadata, options: V4MappingOptions = {}): V4MappingContext {
  const region = v4RegionDimensionOf(metadata, options.regionDimension) ?? undefined;
  const time = metadata.dimensions.find((d) => d.Kind === 'TimeDimension');
  const periodStatus = new Map<string, PeriodStatus | null>();
  for (const code of time?.codes ?? []) periodStatus.set(code.Identifier.trim(), resolvePeriodStatus(code.Status, code.Title));
  return {
    tableId: metadata.tableId,
    regionDimension: region?.Identifier ?? null,
    timeDimension: time?.Identifier ?? null,
    otherDimensions: metadata.dimensions.filter((d) => d !== region && d !== time).map((d) => d.Identifier),
    periodStatus,
    fixedPeriod: null,
    defaultRegionCode:
      region === undefined ? (options.defaultRegionCode === undefined ? NATIONAL_REGION_CODE : options.defaultRegionCode) : null,
    knownMeasures: new Set(metadata.measures.map((m) => m.Identifier)),
  };
}

type ValueReading = { ok: true; value: number | null; missingReason: string | null } | { ok: false; reason: string };

function readValue(obs: V4Observation): ValueReading {
  const attribute = obs.ValueAttribute;
  if (obs.Value !== null) {
    return attribute === 'None'
      ? { ok: true, value: obs.Value, missingReason: null }
      : { ok: false, reason: `value present with ValueAttribute "${attribute}"` };
  }
  if (obs.StringValue !== null) return { ok: false, reason: 'text observation (StringValue) in a numeric load' };
  return { ok: true, value: null, missingReason: attribute === 'None' ? 'null' : attribute };
}

export function mapV4Observations(observations: readonly V4Observation[], ctx: V4MappingContext): CbsMappingResult {
  const result: CbsMappingResult = { observations: [], rejected: [] };
  for (const obs of observations) {
    const rowKey = String(obs.Id);
    if (ctx.knownMeasures !== null && !ctx.knownMeasures.has(obs.Measure)) {
      result.rejected.push(rejected(ctx.tableId, rowKey, 'Measure', obs.Measure, `measure "${obs.Measure}" is not in MeasureCodes`));
      continue;
    }
    const at = locate(obs.dimensions, ctx);
    if (!at.ok) {
      result.rejected.push(rejected(ctx.tableId, rowKey, at.field, at.field === null ? null : obs.dimensions[at.field], at.reason));
      continue;
    }
    const reading = readValue(obs);
    if (!reading.ok) {
      result.rejected.push(
        rejected(
          ctx.tableId,
          rowKey,
          'Value',
          { Value: obs.Value, ValueAttribute: obs.ValueAttribute, StringValue: obs.StringValue },
          reading.reason,
        ),
      );
      continue;
    }
    const mapped: CbsObservation = {
      tableId: ctx.tableId,
      measureKey: obs.Measure,
      regionCode: at.value.regionCode,
      periodCode: at.value.periodCode,
      dimensions: at.value.dimensions,
      value: reading.value,
      missingReason: reading.missingReason,
      status: at.value.status,
      sourceRowKey: rowKey,
    };
    result.observations.push(mapped);
  }
  return result;
}
