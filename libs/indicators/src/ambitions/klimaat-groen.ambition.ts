import { ENERGY_INDICATORS } from '../definitions/energy.definitions';
import { LAND_MOBILITY_INDICATORS } from '../definitions/land-mobility.definitions';
import { AMBITION_POLICY } from '../definitions/policy-references.data';
import type { AmbitionDefinition } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';

/** Indicators of "klimaatneutraal en groener", in display order. */
export const KLIMAAT_GROEN_INDICATORS: readonly IndicatorDefinition[] = [...ENERGY_INDICATORS, ...LAND_MOBILITY_INDICATORS];

/** Ambition 1: the municipality is climate-neutral, climate-proof and greener. */
export const KLIMAAT_GROEN: AmbitionDefinition = {
  id: 'klimaat-groen',
  title: { nl: 'Klimaatneutraal en groener', en: 'Climate-neutral and greener' },
  description: {
    nl: 'De gemeente behoudt en versterkt haar groene karakter, verduurzaamt woningen en zet de stap naar energieneutraal.',
    en: 'The municipality keeps and strengthens its green character, makes homes sustainable and moves to energy neutrality.',
  },
  policy: AMBITION_POLICY.klimaatGroen,
  indicatorIds: KLIMAAT_GROEN_INDICATORS.map((indicator) => indicator.id),
};
