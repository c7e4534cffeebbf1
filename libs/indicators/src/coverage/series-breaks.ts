import { isAnnualPeriod } from '../periods/period-code';
import { BOUNDARY_CHANGES } from '../regions/boundary-changes.data';
import type { Series, SeriesPoint } from '../types/series.types';
import type { LocalizedText } from '../types/text.types';

/** Where a series stops being comparable with its earlier years. */
export interface SeriesBreak {
  /** The first year after the break. */
  readonly year: number;
  readonly kind: 'definition' | 'boundary';
  readonly text: LocalizedText;
}

function signature(point: SeriesPoint): string {
  return [...(point.definitions ?? [])].sort().join('+');
}

/**
 * The breaks in a series: between two yearly figures (real or illustrative) whose sources define the figure
 * differently, and where the area's boundaries changed between them. Charts and tables mark these; they are
 * never spliced silently.
 */
export function seriesBreaks(series: Series): SeriesBreak[] {
  const points = series.points.filter((p) => isAnnualPeriod(p.period) && p.value !== null).sort((a, b) => a.year - b.year);
  const breaks: SeriesBreak[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const [before, after] = [points[i - 1]!, points[i]!];
    if (signature(before) !== signature(after)) {
      breaks.push({
        year: after.year,
        kind: 'definition',
        text: {
          nl: `Reeksbreuk: vanaf ${after.year} komen de cijfers uit een bron met een andere definitie dan die tot en met ${before.year}.`,
          en: `Series break: from ${after.year} the figures come from a source with another definition than up to ${before.year}.`,
        },
      });
    }
    for (const change of BOUNDARY_CHANGES) {
      if (change.region === series.region && before.year < change.year && after.year >= change.year) {
        breaks.push({ year: change.year, kind: 'boundary', text: { nl: `Grenswijziging: ${change.note.nl}`, en: `Boundary change: ${change.note.en}` } });
      }
    }
  }
  return breaks;
}
