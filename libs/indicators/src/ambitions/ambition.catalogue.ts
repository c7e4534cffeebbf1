import type { AmbitionDefinition, AmbitionId } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';
import { DIGITALISERING, DIGITALISERING_INDICATORS } from './digitalisering.ambition';
import { FITTE_ZORGSTAD, FITTE_ZORGSTAD_INDICATORS } from './fitte-zorgstad.ambition';
import { GENERATIES, GENERATIES_INDICATORS } from './generaties.ambition';
import { KLIMAAT_GROEN, KLIMAAT_GROEN_INDICATORS } from './klimaat-groen.ambition';
import { REGIONAAL_CENTRUM, REGIONAAL_CENTRUM_INDICATORS } from './regionaal-centrum.ambition';

/** The five ambitions, in the order of the startnotitie (§6.1–§6.5). */
export const AMBITIONS: readonly AmbitionDefinition[] = [KLIMAAT_GROEN, GENERATIES, FITTE_ZORGSTAD, REGIONAAL_CENTRUM, DIGITALISERING];

/** Every indicator of the catalogue, grouped by ambition in ambition order. */
export const INDICATORS: readonly IndicatorDefinition[] = [
  ...KLIMAAT_GROEN_INDICATORS,
  ...GENERATIES_INDICATORS,
  ...FITTE_ZORGSTAD_INDICATORS,
  ...REGIONAAL_CENTRUM_INDICATORS,
  ...DIGITALISERING_INDICATORS,
];

const INDICATORS_BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATORS.map((i) => [i.id, i]));

/** One indicator by id, or `undefined` when the id is unknown (the API answers 404). */
export function getIndicator(id: string): IndicatorDefinition | undefined {
  return INDICATORS_BY_ID.get(id);
}

/** One ambition by id, or `undefined` when the id is unknown. */
export function getAmbition(id: string): AmbitionDefinition | undefined {
  return AMBITIONS.find((ambition) => ambition.id === id);
}

/** The indicators of an ambition, in display order; empty for an unknown id. */
export function indicatorsOfAmbition(id: AmbitionId | string): IndicatorDefinition[] {
  const ambition = getAmbition(id);
  if (ambition === undefined) {
    return [];
  }
  return ambition.indicatorIds.flatMap((indicatorId) => INDICATORS_BY_ID.get(indicatorId) ?? []);
}
