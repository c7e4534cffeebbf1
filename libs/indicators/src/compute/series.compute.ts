import type { Formula } from '../types/formula.types';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { MeasureName } from '../types/measure-name.types';
import type { Series } from '../types/series.types';
import { alignInputs, type MeasureSeriesMap } from './align.compute';
import { evaluateFormulaAt } from './formula.compute';

/** The measures a formula reads, each once, in order of appearance. */
export function formulaInputs(formula: Formula): MeasureName[] {
  const names = ((): readonly MeasureName[] => {
    switch (formula.kind) {
      case 'direct':
      case 'growth':
      case 'difference':
      case 'index':
        return [formula.input];
      case 'share':
        return [...formula.part, ...formula.total];
      case 'ratio':
        return [...formula.numerator, ...formula.denominator];
      case 'per-1000':
        return [formula.input, formula.base];
      case 'sum':
        return formula.inputs;
      case 'herfindahl-diversity':
        return formula.parts;
      default: {
        const unknown: never = formula;
        throw new Error(`Unknown formula ${JSON.stringify(unknown)}`);
      }
    }
  })();
  return [...new Set(names)];
}

/**
 * Computes a formula for one region over every period any of its inputs has. Pure: the same inputs always give the
 * same series.
 */
export function computeFormulaSeries(formula: Formula, region: string, inputs: MeasureSeriesMap): Series {
  const aligned = alignInputs(region, formulaInputs(formula), inputs);
  return { region, points: aligned.periods.map((period) => evaluateFormulaAt(formula, period, aligned.lookup)) };
}

/** Computes an indicator's values for one region from its input series (by stable measure name). */
export function computeIndicatorSeries(indicator: Pick<IndicatorDefinition, 'formula'>, region: string, inputs: MeasureSeriesMap): Series {
  return computeFormulaSeries(indicator.formula, region, inputs);
}

/**
 * Computes an indicator for many regions at once (the wijken of the municipality, or the municipality and its peers) with the same
 * function as for one region, so a wijk value and a peer value can never be computed differently.
 */
export function computeIndicatorForRegions(
  indicator: Pick<IndicatorDefinition, 'formula'>,
  inputsByRegion: Readonly<Record<string, MeasureSeriesMap>>,
): Record<string, Series> {
  const entries = Object.entries(inputsByRegion).map(([region, inputs]) => [region, computeIndicatorSeries(indicator, region, inputs)]);
  return Object.fromEntries(entries) as Record<string, Series>;
}
