import type { MeasureSeriesMap } from '../compute/align.compute';
import { MEASURES } from '../measures/measure.catalogue';
import { comparePeriods, isPeriodCode, periodYear } from '../periods/period-code';
import { flagImplausible } from '../quality/plausibility';
import type { MeasureName } from '../types/measure-name.types';
import type { Series, SeriesPoint } from '../types/series.types';
import type { MeasureCandidate } from './measure-candidates';
import type { LineagePoint, StoredObservation } from './stored.types';

interface Offer {
  readonly rank: number;
  readonly point: SeriesPoint;
  readonly lineage: LineagePoint;
}

function isProvisional(status: string): boolean {
  return status !== 'definitive';
}

function scaled(value: number | null, scale: number | null): number | null {
  return value === null || scale === null ? value : value * scale;
}

function sourceOf(candidate: MeasureCandidate): string {
  return `${candidate.measure.provider}:${candidate.measure.tableId}`;
}

function withoutKey(record: Readonly<Record<string, string>>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function lineageOf(
  name: MeasureName,
  candidate: MeasureCandidate,
  row: StoredObservation,
  summed: number | null,
  publishedValue: number | null,
): LineagePoint {
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
    scale: candidate.scale,
    publishedValue,
    publicationVersion: row.publicationVersion,
    publishedAt: row.publishedAt,
    loadedAt: row.loadedAt,
    status: row.status,
    runId: row.runId,
    evidence: m.evidence,
    demo: row.demo,
    definition: candidate.definition,
  };
}

/** The definition family of a figure: its table's, and the era of the measure's own definition changes. */
function definitionOf(name: MeasureName, candidate: MeasureCandidate, year: number): string {
  const changes = (MEASURES[name].definitionChanges ?? []).filter((change) => change.fromYear <= year);
  return changes.length === 0 ? candidate.definition : `${candidate.definition}@${Math.max(...changes.map((c) => c.fromYear))}`;
}

function pointOf(
  name: MeasureName,
  candidate: MeasureCandidate,
  row: StoredObservation,
  value: number | null,
  missingReason: string | null,
): SeriesPoint {
  const year = periodYear(row.periodCode);
  const base: SeriesPoint = {
    period: row.periodCode,
    year,
    value,
    provisional: isProvisional(row.status),
    ...(row.demo ? { demo: true } : {}),
    sources: [sourceOf(candidate)],
    definitions: [definitionOf(name, candidate, year)],
    evidence: candidate.measure.evidence,
  };
  return value === null ? { ...base, missingReason: missingReason ?? 'missing' } : base;
}

/** Worse offers sort later: demo after real, missing after a value, a later rank, then an older publication. */
function order(offer: Offer): [number, number, number, number] {
  return [offer.point.demo ? 1 : 0, offer.point.value === null ? 1 : 0, offer.rank, -offer.lineage.publishedAt.getTime()];
}

function better(a: Offer, b: Offer): boolean {
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! < y[i]!;
  return false;
}

function offer(best: Map<string, Offer>, candidate: Offer): void {
  const current = best.get(candidate.point.period);
  if (current === undefined || better(candidate, current)) best.set(candidate.point.period, candidate);
}

function offerSums(
  name: MeasureName,
  group: readonly MeasureCandidate[],
  rows: ReadonlyMap<number, readonly StoredObservation[]>,
  best: Map<string, Offer>,
): void {
  const byPeriod = new Map<string, { candidate: MeasureCandidate; row: StoredObservation }[]>();
  for (const candidate of group) {
    for (const row of rows.get(candidate.measure.id) ?? []) {
      const parts = byPeriod.get(row.periodCode);
      if (parts) parts.push({ candidate, row });
      else byPeriod.set(row.periodCode, [{ candidate, row }]);
    }
  }
  const first = group[0]!;
  const needed = first.sumOver!.codes.size;
  for (const [period, parts] of byPeriod) {
    if (!isPeriodCode(period)) continue;
    const codes = new Set(parts.map((p) => p.candidate.measure.dimensions[first.sumOver!.dimension]));
    if (codes.size !== needed) continue; // an incomplete sum is no figure at this rank
    const newest = parts.reduce((a, b) => (b.row.publishedAt > a.row.publishedAt ? b : a));
    const missing = parts.find((p) => p.row.value === null);
    const total = missing ? null : parts.reduce((sum, p) => sum + (p.row.value ?? 0), 0);
    const row = {
      ...newest.row,
      status: parts.some((p) => isProvisional(p.row.status)) ? 'provisional' : 'definitive',
      demo: parts.some((p) => p.row.demo),
    };
    const point = pointOf(name, first, row, scaled(total, first.scale), missing?.row.missingReason ?? null);
    offer(best, { rank: first.rank, point, lineage: lineageOf(name, newest.candidate, row, needed, total) });
  }
}

/**
 * One measure's series for one region from the stored rows. Per period: a real figure before an illustrative one,
 * a value before a missing one (a table whose edition has no value leaves the period to the next table that has
 * one), then the most preferred table, then the newest publication. Sums where the catalogue asks; values in the
 * measure's unit (`scale`); points outside the measure's plausible range flagged.
 */
export function assembleMeasure(
  name: MeasureName,
  region: string,
  candidates: readonly MeasureCandidate[],
  rows: ReadonlyMap<number, readonly StoredObservation[]>,
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
      if (!isPeriodCode(row.periodCode)) continue;
      const point = pointOf(name, candidate, row, scaled(row.value, candidate.scale), row.missingReason);
      offer(best, { rank: candidate.rank, point, lineage: lineageOf(name, candidate, row, null, row.value) });
    }
  }
  for (const group of sums.values()) offerSums(name, group, rows, best);
  const periods = [...best.keys()].sort(comparePeriods);
  const lineage = new Map(periods.map((period) => [period, best.get(period)!.lineage]));
  const points = flagImplausible(
    name,
    MEASURES[name],
    periods.map((period) => best.get(period)!.point),
  );
  return { series: { region, points }, lineage };
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
  rows: ReadonlyMap<number, readonly StoredObservation[]>,
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
