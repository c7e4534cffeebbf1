import { MEASURES } from '../../measures/measure.catalogue';
import type { IndicatorDefinition } from '../../types/indicator.types';

/**
 * How small a change is no change: half a step of the precision the figure is published in (a direct figure is
 * published at its measure's decimals; a computed one is shown at the indicator's), or the indicator's stated
 * margin when that is wider (e.g. the confidence margin of a survey estimate).
 */
export function deadBandOf(indicator: Pick<IndicatorDefinition, 'formula' | 'decimals' | 'margin'>): number {
  const decimals = indicator.formula.kind === 'direct' ? MEASURES[indicator.formula.input].decimals : indicator.decimals;
  return Math.max(0.5 * 10 ** -decimals, indicator.margin ?? 0);
}
