import type { IndicatorDefinition } from '../types/indicator.types';

/**
 * Whether a CBS code lies in a municipality, as the codes say: the municipality itself, its wijken
 * (`WK` + its four digits + two) and buurten (`BU` + its four digits + four).
 */
export function liesWithin(code: string, municipality: string): boolean {
  const digits = municipality.slice(2);
  return code === municipality || new RegExp(`^(WK${digits}\\d{2}|BU${digits}\\d{4})$`).test(code);
}

/**
 * The area an indicator is judged for: its `primaryRegion` (a wijk the vision names, such as the city centre) when
 * that lies in the municipality Koers monitors, else the municipality itself. Another municipality is never judged
 * by the first municipality's wijk.
 */
export function judgedRegionOf(indicator: Pick<IndicatorDefinition, 'primaryRegion'>, municipality: string): string {
  const primary = indicator.primaryRegion;
  return primary !== undefined && liesWithin(primary, municipality) ? primary : municipality;
}
