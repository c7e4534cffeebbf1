import { INDICATORS } from '@koers/indicators';
import type { LocalizedText } from '@koers/indicators';
import { MappedFile } from './municipal.mapper';

/** An indicator of the catalogue whose inputs a file feeds. */
export interface AffectedIndicator {
  readonly id: string;
  readonly title: LocalizedText;
}

/** What a file touches: its periods (CBS codes, sorted) and the indicators its figures feed. */
export interface FileImpact {
  readonly periods: readonly string[];
  readonly indicators: readonly AffectedIndicator[];
}

export const NO_IMPACT: FileImpact = { periods: [], indicators: [] };

/** The catalogue's indicators that use any of these measures, in catalogue order. */
export function indicatorsFed(measureNames: Iterable<string>): AffectedIndicator[] {
  const names = new Set(measureNames);
  return INDICATORS.filter((indicator) => indicator.inputs.some((input) => names.has(input))).map(({ id, title }) => ({ id, title }));
}

export function impactOf(mapped: MappedFile): FileImpact {
  const periods = [...new Set(mapped.observations.map((observation) => observation.periodCode))].sort();
  return { periods, indicators: indicatorsFed(mapped.measures.map((measure) => measure.name)) };
}
