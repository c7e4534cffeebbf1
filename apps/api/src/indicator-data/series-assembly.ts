import { type CbsTableRef, type MeasureDefinition, type MeasureName, type MeasureSeriesMap, type Series, type SeriesPoint, comparePeriods, isPeriodCode, periodYear } from '@koers/indicators';
import type { LineagePoint, MeasureRow, ObservationRow } from './observation-rows';

/**
 * A stored measure that may supply a catalogue measure, with its preference: the position of its table in the
 * catalogue's `tables` (0 = first choice); tables the catalogue does not list come after (e.g. a KWB year whose key
 * the ETL resolved itself), and only for rows without fixed dimensions.
 */
export interface MeasureCandidate {
  readonly measure: MeasureRow;
  readonly rank: number;
  /** Rows of this rank are summed over these codes of one dimension (e.g. ages 15–74). */
  readonly sumOver: { readonly dimension: string; readonly codes: ReadonlySet<string> } | null;
}

const sameTable = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The stored codes hold the catalogue's fixed codes. The loader stores every other dimension of the table too,
 * at its total, so the stored set may be larger; the catalogue's codes decide which slice is meant.
 */
function holdsCodes(fixed: Readonly<Record<string, string>>, actual: Readonly<Record<string, string>>): boolean {
  return Object.entries(fixed).every(([key, code]) => actual[key] === code);
}

function refMatches(ref: CbsTableRef, row: MeasureRow): boolean {
  if (!sameTable(ref.tableId, row.tableId) || ref.key !== row.sourceKey) return false;
  if (!holdsCodes(ref.dimensions ?? {}, row.dimensions)) return false;
  if (!ref.sumOver) return true;
  const code = row.dimensions[ref.sumOver.dimension];
  return code !== undefined && ref.sumOver.codes.includes(code);
}

function cbsCandidate(refs: readonly CbsTableRef[], row: MeasureRow): MeasureCandidate | null {
  const index = refs.findIndex((ref) => refMatches(ref, row));
  if (index >= 0) {
    const sum = refs[index]!.sumOver;
    return { measure: row, rank: index, sumOver: sum ? { dimension: sum.dimension, codes: new Set(sum.codes) } : null };
  }
  const listed = refs.some((ref) => sameTable(ref.tableId, row.tableId));
  return !listed && Object.keys(row.dimensions).length === 0 ? { measure: row, rank: refs.length, sumOver: null } : null;
}

/** The stored measures that can supply `definition`, from the rows that carry its name. */
export function candidatesFor(definition: MeasureDefinition, rows: readonly MeasureRow[]): MeasureCandidate[] {
  const named = rows.filter((row) => row.name === definition.name);
  const source = definition.source;
  if (source.kind === 'cbs') return named.flatMap((row) => cbsCandidate(source.tables, row) ?? []);
  return named
    .filter((row) => row.provider === 'municipal-file')
    .map((row) => {
      const matches = Object.entries(source.filter).every(([key, value]) => row.dimensions[key] === value);
      return { measure: row, rank: matches ? 0 : 1, sumOver: null };
    });
}

interface Offer {
  readonly rank: number;
  readonly point: SeriesPoint;
  readonly lineage: LineagePoint;
}

function isProvisional(status: string): boolean {
  return status !== 'definitive';
}

function lineageOf(name: MeasureName, candidate: MeasureCandidate, row: ObservationRow, summed: number | null): LineagePoint {
  const m = candidate.measure;
  return {
    measure: name,
    region: row.regionCode,
    period: row.periodCode,
    provider: m.provider,
    tableId: m.tableId,
    key: m.sourceKey,
    dimensions: candidate.sumOver ? withoutKey(m.dimensions, candidate.sumOver.dimension) : m.dimensions,
    summedOver: candidate.sumOver && summed !== null ? { dimension: candidate.sumOver.dimension, codes: summed } : null,
    publicationVersion: row.publicationVersion,
    publishedAt: row.publishedAt,
    loadedAt: row.loadedAt,
    status: row.status,
    runId: row.runId,
  };
}

function withoutKey(record: Readonly<Record<string, string>>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function pointOf(row: ObservationRow): SeriesPoint {
  const base = { period: row.periodCode, year: periodYear(row.periodCode), value: row.value, provisional: isProvisional(row.status) };
  return row.value === null ? { ...base, missingReason: row.missingReason ?? 'missing' } : base;
}

/** Better: a lower rank; at equal rank the newer publication. */
function offer(best: Map<string, Offer>, candidate: Offer): void {
  const current = best.get(candidate.point.period);
  const better =
    current === undefined ||
    candidate.rank < current.rank ||
    (candidate.rank === current.rank && candidate.lineage.publishedAt > current.lineage.publishedAt);
  if (better) best.set(candidate.point.period, candidate);
}

function offerSums(name: MeasureName, group: readonly MeasureCandidate[], rows: ReadonlyMap<number, readonly ObservationRow[]>, best: Map<string, Offer>): void {
  const byPeriod = new Map<string, { candidate: MeasureCandidate; row: ObservationRow }[]>();
  for (const candidate of group) {
    for (const row of rows.get(candidate.measure.id) ?? []) {
      const parts = byPeriod.get(row.periodCode);
      if (parts) parts.push({ candidate, row });
      else byPeriod.set(row.periodCode, [{ candidate, row }]);
    }
  }
  const needed = group[0]!.sumOver!.codes.size;
  for (const [period, parts] of byPeriod) {
    if (!isPeriodCode(period)) continue;
    const codes = new Set(parts.map((p) => p.candidate.measure.dimensions[group[0]!.sumOver!.dimension]));
    if (codes.size !== needed) continue; // an incomplete sum is no figure at this rank
    const newest = parts.reduce((a, b) => (b.row.publishedAt > a.row.publishedAt ? b : a));
    const missing = parts.find((p) => p.row.value === null);
    const value = missing ? null : parts.reduce((sum, p) => sum + (p.row.value ?? 0), 0);
    const provisional = parts.some((p) => isProvisional(p.row.status));
    const base = { period, year: periodYear(period), value, provisional };
    const point: SeriesPoint = missing ? { ...base, missingReason: missing.row.missingReason ?? 'missing' } : base;
    offer(best, { rank: group[0]!.rank, point, lineage: lineageOf(name, newest.candidate, newest.row, needed) });
  }
}

/**
 * One measure's series for one region from the stored rows: per period the figure of the most preferred table
 * (missing stays missing: a preferred table's gap is not filled from another), sums where the catalogue asks.
 */
export function assembleMeasure(
  name: MeasureName,
  region: string,
  candidates: readonly MeasureCandidate[],
  rows: ReadonlyMap<number, readonly ObservationRow[]>,
): { series: Series; lineage: Map<string, LineagePoint> } {
  const best = new Map<string, Offer>();
  const sums = new Map<number, MeasureCandidate[]>();
  for (const candidate of candidates) {
    if (candidate.sumOver) {
      const group = sums.get(candidate.rank);
      if (group) group.push(candidate);
      else sums.set(candidate.rank, [candidate]);
      continue;
    }
    for (const row of rows.get(candidate.measure.id) ?? []) {
      if (isPeriodCode(row.periodCode)) offer(best, { rank: candidate.rank, point: pointOf(row), lineage: lineageOf(name, candidate, row, null) });
    }
  }
  for (const group of sums.values()) offerSums(name, group, rows, best);
  const periods = [...best.keys()].filter(isPeriodCode).sort(comparePeriods);
  const lineage = new Map(periods.map((period) => [period, best.get(period)!.lineage]));
  return { series: { region, points: periods.map((period) => best.get(period)!.point) }, lineage };
}

/** The inputs of one region for the library, and where each figure came from. */
export interface RegionInputs {
  readonly region: string;
  readonly inputs: MeasureSeriesMap;
  readonly lineage: ReadonlyMap<MeasureName, ReadonlyMap<string, LineagePoint>>;
}

/** Every catalogue measure with stored candidates, for one region. */
export function assembleRegion(
  region: string,
  candidatesByName: ReadonlyMap<MeasureName, readonly MeasureCandidate[]>,
  rows: ReadonlyMap<number, readonly ObservationRow[]>,
): RegionInputs {
  const inputs: Partial<Record<MeasureName, Series>> = {};
  const lineage = new Map<MeasureName, ReadonlyMap<string, LineagePoint>>();
  for (const [name, candidates] of candidatesByName) {
    const assembled = assembleMeasure(name, region, candidates, rows);
    if (assembled.series.points.length === 0) continue;
    inputs[name] = assembled.series;
    lineage.set(name, assembled.lineage);
  }
  return { region, inputs, lineage };
}
