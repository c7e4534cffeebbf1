import type { ChartModel, ChartPoint } from './chart-model.view';

/** What the table beside the chart notes for a year of the region's own series. */
export type TableNote =
  /** `text` is null when the API marks the break on the figure without a sentence for it. */
  | { readonly kind: 'break'; readonly text: string | null }
  | { readonly kind: 'mixed-sources'; readonly sources: readonly string[] }
  | { readonly kind: 'suspect' };

export interface ChartTableRow {
  readonly year: number;
  /** One cell per series of the model, in its order; null where the series has no figure that year. */
  readonly cells: readonly (ChartPoint | null)[];
  readonly notes: readonly TableNote[];
}

/** The tables a source reference `provider:tableId` names, without the provider (`cbs:03759ned` → `03759ned`). */
function tableOf(source: string): string {
  const colon = source.indexOf(':');
  return colon < 0 ? source : source.slice(colon + 1);
}

/**
 * The chart as a table: a row per year, a column per series, and per year what the chart marks on the own
 * series (a break before it, figures from more than one table, a possible data error). A break is noted on the
 * first year it concerns that has a row.
 */
export function chartTable(model: ChartModel): ChartTableRow[] {
  const years = [...new Set(model.series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const byYear = model.series.map((s) => new Map(s.points.map((p) => [p.year, p])));
  const own = model.series.find((s) => s.kind === 'own');
  const ownByYear = new Map(own?.points.map((p) => [p.year, p]));
  const breakRow = new Map<number, string[]>();
  for (const b of model.breaks) {
    const row = years.find((year) => year >= b.year);
    if (row !== undefined) breakRow.set(row, [...(breakRow.get(row) ?? []), b.text]);
  }
  return years.map((year) => {
    const point = ownByYear.get(year);
    const notes: TableNote[] = (breakRow.get(year) ?? []).map((text) => ({ kind: 'break', text }));
    if (point?.breakBefore && notes.length === 0) notes.push({ kind: 'break', text: null });
    if (point?.mixedSources) notes.push({ kind: 'mixed-sources', sources: point.sources.map(tableOf) });
    if (point?.suspect) notes.push({ kind: 'suspect' });
    return { year, cells: byYear.map((m) => m.get(year) ?? null), notes };
  });
}
