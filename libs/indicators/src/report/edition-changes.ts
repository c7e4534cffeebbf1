import { SCALE_RANK } from '../compute/progress/scale.progress';
import type { ProgressStatus, ScaleClass } from '../types/progress.types';

/** One input figure as a report showed it: enough to see later that CBS revised it. */
export interface SnapshotFigure {
  readonly measure: string;
  readonly tableId: string;
  readonly region: string;
  readonly period: string;
  readonly publishedValue: number | null;
  readonly publicationVersion: string;
  /** When that version was published, ISO 8601 with its time zone. @format date-time */
  readonly publishedAt: string;
}

/** What a comparison needs of one indicator in a report. */
export interface SnapshotIndicator {
  readonly id: string;
  readonly status: ProgressStatus;
  readonly scale: ScaleClass;
  readonly inputs: readonly SnapshotFigure[];
}

/** What a comparison needs of a report (an adopted edition, or the draft). */
export interface ReportSnapshot {
  readonly indicators: readonly SnapshotIndicator[];
  /** Every table its figures came from, `provider:tableId`. */
  readonly sources: readonly string[];
}

export interface StatusChange {
  readonly indicator: string;
  readonly from: ProgressStatus;
  readonly to: ProgressStatus;
  /** On the one scale: better, worse, or the same class (another status of the same class, e.g. a guard). */
  readonly direction: 'better' | 'worse' | 'same-class';
}

export interface Revision {
  readonly indicator: string;
  readonly figure: SnapshotFigure;
  readonly previousValue: number | null;
  readonly previousPublishedAt: string;
}

export interface EditionChanges {
  readonly statusChanges: readonly StatusChange[];
  readonly revisions: readonly Revision[];
  readonly added: readonly string[];
  readonly dropped: readonly string[];
  readonly newSources: readonly string[];
}

const rank = (scale: ScaleClass) => (scale === 'not_available' ? 0 : SCALE_RANK[scale]);

function directionOf(from: SnapshotIndicator, to: SnapshotIndicator): StatusChange['direction'] {
  const [a, b] = [rank(from.scale), rank(to.scale)];
  return b > a ? 'better' : b < a ? 'worse' : 'same-class';
}

const figureKey = (f: SnapshotFigure) => `${f.measure}|${f.tableId.toLowerCase()}|${f.region}|${f.period}`;

/**
 * What changed between two reports: statuses (and in which direction on the one scale), figures a source revised
 * since (the same table, region and period with another published value), indicators added or dropped, and tables
 * the newer report reads that the older one did not.
 */
export function editionChanges(previous: ReportSnapshot, current: ReportSnapshot): EditionChanges {
  const before = new Map(previous.indicators.map((i) => [i.id, i]));
  const after = new Map(current.indicators.map((i) => [i.id, i]));
  const statusChanges: StatusChange[] = [];
  const revisions: Revision[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then === undefined) continue;
    if (then.status !== now.status)
      statusChanges.push({ indicator: id, from: then.status, to: now.status, direction: directionOf(then, now) });
    const old = new Map(then.inputs.map((f) => [figureKey(f), f]));
    for (const figure of now.inputs) {
      const was = old.get(figureKey(figure));
      if (was !== undefined && was.publishedValue !== figure.publishedValue) {
        revisions.push({ indicator: id, figure, previousValue: was.publishedValue, previousPublishedAt: was.publishedAt });
      }
    }
  }
  const oldSources = new Set(previous.sources);
  return {
    statusChanges,
    revisions,
    added: [...after.keys()].filter((id) => !before.has(id)),
    dropped: [...before.keys()].filter((id) => !after.has(id)),
    newSources: current.sources.filter((s) => !oldSources.has(s)),
  };
}
