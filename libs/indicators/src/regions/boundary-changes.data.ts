/**
 * Areas whose boundaries changed while keeping their code. Figures before and after such a change describe two
 * different areas: a series shows the break, and a judgement uses only the years with the current boundaries.
 * Source: the region descriptions of CBS 03759ned (`codes-RegioS.json`).
 */
export interface BoundaryChange {
  readonly region: string;
  /** The first year with the new boundaries (the change took effect on 1 January). */
  readonly year: number;
  readonly note: { readonly nl: string; readonly en: string };
}

export const BOUNDARY_CHANGES: readonly BoundaryChange[] = [
  {
    region: 'GM0014',
    year: 2019,
    note: {
      nl: 'Gemeentelijke herindeling per 1 januari 2019: Groningen, Haren en Ten Boer samen.',
      en: 'Municipal merger on 1 January 2019: Groningen, Haren and Ten Boer joined.',
    },
  },
];

/** The year of the newest boundary change of a region up to `year`, or null when it has none. */
export function latestBoundaryChange(region: string, year: number): number | null {
  const years = BOUNDARY_CHANGES.filter((c) => c.region === region && c.year <= year).map((c) => c.year);
  return years.length === 0 ? null : Math.max(...years);
}
