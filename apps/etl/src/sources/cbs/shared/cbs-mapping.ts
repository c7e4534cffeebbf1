import type { PeriodStatus } from '@koers/indicators';
import { CbsRejectedRow } from './cbs.types';
import { tryParsePeriod } from '@koers/indicators';
import { V4DimensionMeta, V4TableMetadata } from '../v4/v4.schema';

/** Shared pieces of the v3 and v4 mappers (pure). */

/** The default region for tables without a geo dimension: CBS national tables describe Nederland. */
export const NATIONAL_REGION_CODE = 'NL01';

export interface CbsCoordinates {
  readonly regionCode: string;
  readonly periodCode: string;
  readonly status: PeriodStatus;
  readonly dimensions: Record<string, string>;
}

export interface CoordinateContext {
  readonly tableId: string;
  readonly regionDimension: string | null;
  readonly timeDimension: string | null;
  readonly otherDimensions: readonly string[];
  /** Trimmed period code → status (null when the source gave none we understand). */
  readonly periodStatus: ReadonlyMap<string, PeriodStatus | null>;
  /** For tables without a time dimension (e.g. a yearly KWB table): its one period. */
  readonly fixedPeriod: { readonly code: string; readonly status: PeriodStatus | null } | null;
  /** For tables without a geo dimension; null makes such rows rejections. */
  readonly defaultRegionCode: string | null;
}

export type Located<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly field: string | null; readonly reason: string };

function cellText(cells: Readonly<Record<string, unknown>>, key: string): string | null {
  const cell = cells[key];
  return typeof cell === 'string' ? cell.trim() : null;
}

function locatePeriod(cells: Readonly<Record<string, unknown>>, ctx: CoordinateContext): Located<{ code: string; status: PeriodStatus }> {
  const code = ctx.timeDimension === null ? (ctx.fixedPeriod?.code ?? null) : cellText(cells, ctx.timeDimension);
  const field = ctx.timeDimension;
  if (code === null)
    return {
      ok: false,
      field,
      reason: ctx.timeDimension === null ? 'table has no time dimension and no fixed period' : 'period is not a string',
    };
  if (tryParsePeriod(code) === null) return { ok: false, field, reason: `"${code}" is not a CBS period code` };
  const status = ctx.timeDimension === null ? (ctx.fixedPeriod?.status ?? null) : ctx.periodStatus.get(code);
  if (status === undefined) return { ok: false, field, reason: `period "${code}" is not in the period code list` };
  if (status === null) return { ok: false, field, reason: `period "${code}" has no recognisable status` };
  return { ok: true, value: { code, status } };
}

/** Region, period (with status) and other dimension codes of one row or observation, all trimmed. */
export function locate(cells: Readonly<Record<string, unknown>>, ctx: CoordinateContext): Located<CbsCoordinates> {
  const regionCode = ctx.regionDimension === null ? ctx.defaultRegionCode : cellText(cells, ctx.regionDimension);
  if (regionCode === null || regionCode === '') {
    return {
      ok: false,
      field: ctx.regionDimension,
      reason: ctx.regionDimension === null ? 'table has no region dimension' : 'region code is empty or not a string',
    };
  }
  const period = locatePeriod(cells, ctx);
  if (!period.ok) return period;
  const dimensions: Record<string, string> = {};
  for (const key of ctx.otherDimensions) {
    const code = cellText(cells, key);
    if (code === null) return { ok: false, field: key, reason: `dimension ${key} is not a string` };
    dimensions[key] = code;
  }
  return { ok: true, value: { regionCode, periodCode: period.value.code, status: period.value.status, dimensions } };
}

export function rejected(tableId: string, sourceRowKey: string, field: string | null, raw: unknown, reason: string): CbsRejectedRow {
  let rawValue: string;
  try {
    rawValue = JSON.stringify(raw) ?? 'undefined';
  } catch {
    rawValue = String(raw);
  }
  return { tableId, sourceRowKey, field, rawValue, reason };
}

export interface RegionCandidate {
  readonly key: string;
  readonly isGeoKind: boolean;
  readonly codes: readonly string[];
}

const REGION_CODE = /^(NL|LD|PV|CR|GM|WK|BU)\d/;

/**
 * The region dimension of a table. CBS marks most as GeoDimension/GeoDetail, but not all: 85792NED declares
 * `RegioS` with Kind 'Dimension'. So: a geo kind first, then a dimension named like one (`RegioS`,
 * `WijkenEnBuurten`, `Regio…`), then one whose every code is a region code. Without this a regional table would
 * be read as national.
 */
export function pickRegionDimension<T extends RegionCandidate>(dims: readonly T[], preferred?: string): T | null {
  if (preferred !== undefined) return dims.find((d) => d.key === preferred) ?? null;
  return (
    dims.find((d) => d.isGeoKind) ??
    dims.find((d) => /^(RegioS|WijkenEnBuurten|Regio)/i.test(d.key)) ??
    dims.find((d) => d.codes.length > 0 && d.codes.every((code) => REGION_CODE.test(code.trim()))) ??
    null
  );
}

/** The v4 region dimension (see `pickRegionDimension`); the time dimension is never a candidate. */
export function v4RegionDimensionOf(metadata: V4TableMetadata, preferred?: string): V4DimensionMeta | null {
  const candidates = metadata.dimensions
    .filter((d) => d.Kind !== 'TimeDimension')
    .map((dim) => ({
      key: dim.Identifier,
      isGeoKind: dim.Kind === 'GeoDimension' || dim.Kind === 'GeoDetail',
      codes: dim.codes.map((c) => c.Identifier),
      dim,
    }));
  return pickRegionDimension(candidates, preferred)?.dim ?? null;
}
