import type { MeasureSeriesMap } from '../compute/align.compute';
import { computeFormulaSeries } from '../compute/series.compute';
import { isAnnualPeriod } from '../periods/period-code';
import type { Formula } from '../types/formula.types';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { Unit } from '../types/measure.types';
import type { Series, SeriesPoint } from '../types/series.types';
import type { LocalizedText } from '../types/text.types';

/** What an area profile shows of one indicator: the figure for the area beside the same figure for the municipality. */
export interface ProfileFigure {
  /** `as-published`: the indicator itself (a share or rate already); else the share or ratio of its profile spec. */
  readonly shown: 'as-published' | 'share' | 'ratio' | 'share-of-municipality';
  /** What the shown figure is ("deel van de inwoners"); null for the indicator as published. */
  readonly label: LocalizedText | null;
  readonly unit: Unit;
  readonly decimals: number;
  /** The newest real yearly figure of the area (voorbeelddata only when nothing real exists). */
  readonly area: SeriesPoint | null;
  /** The municipality's figure for the same period (none for a share of the municipality itself). */
  readonly municipality: SeriesPoint | null;
  /** The area's count behind a share of the municipality (e.g. its inhabitants). */
  readonly count: SeriesPoint | null;
}

function latestOf(series: Series | undefined): SeriesPoint | null {
  const valued = (series?.points ?? []).filter((p) => isAnnualPeriod(p.period) && p.value !== null).sort((a, b) => a.year - b.year);
  return valued.filter((p) => p.demo !== true).at(-1) ?? valued.at(-1) ?? null;
}

function at(series: Series | undefined, period: string | undefined): SeriesPoint | null {
  return series?.points.find((p) => p.period === period && p.value !== null) ?? null;
}

function pair(
  formula: Formula,
  area: { region: string; inputs: MeasureSeriesMap },
  municipality: { region: string; inputs: MeasureSeriesMap },
) {
  const own = computeFormulaSeries(formula, area.region, area.inputs);
  const city = computeFormulaSeries(formula, municipality.region, municipality.inputs);
  const latest = latestOf(own);
  return { area: latest, municipality: at(city, latest?.period) };
}

/**
 * An indicator as an area profile shows it: shares and rates beside the municipality's, not a count beside a total.
 * An indicator that is a share or rate already is shown as published; a count follows its `profile` spec.
 */
export function profileFigure(
  indicator: IndicatorDefinition,
  area: { region: string; inputs: MeasureSeriesMap; series: Series },
  municipality: { region: string; inputs: MeasureSeriesMap; series: Series },
): ProfileFigure {
  const spec = indicator.profile;
  if (spec === undefined || indicator.formula.kind !== 'direct') {
    const latest = latestOf(area.series);
    return {
      shown: 'as-published',
      label: null,
      unit: indicator.unit,
      decimals: indicator.decimals,
      area: latest,
      municipality: at(municipality.series, latest?.period),
      count: null,
    };
  }
  const input = indicator.formula.input;
  switch (spec.kind) {
    case 'share': {
      const figures = pair({ kind: 'share', part: [input], total: [spec.of] }, area, municipality);
      return { shown: 'share', label: spec.label, unit: 'percent', decimals: 1, ...figures, count: null };
    }
    case 'ratio': {
      const figures = pair({ kind: 'ratio', numerator: [spec.numerator], denominator: [spec.denominator], scale: 1 }, area, municipality);
      return { shown: 'ratio', label: spec.label, unit: indicator.unit, decimals: spec.decimals, ...figures, count: null };
    }
    case 'share-of-municipality': {
      const count = latestOf(area.series);
      const total = at(municipality.series, count?.period);
      const share = count?.value != null && total?.value ? { ...count, value: (count.value / total.value) * 100 } : null;
      return { shown: 'share-of-municipality', label: spec.label, unit: 'percent', decimals: 1, area: share, municipality: null, count };
    }
    default: {
      const unknown: never = spec;
      throw new Error(`Unknown profile ${JSON.stringify(unknown)}`);
    }
  }
}
