import { HOUSING_INDICATORS } from '../definitions/housing.definitions';
import { AMBITION_POLICY } from '../definitions/policy-references.data';
import { POPULATION_INDICATORS } from '../definitions/population.definitions';
import type { AmbitionDefinition } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';

/** Indicators of "ruimte voor generaties", in display order. */
export const GENERATIES_INDICATORS: readonly IndicatorDefinition[] = [...POPULATION_INDICATORS, ...HOUSING_INDICATORS];

/** Ambition 2: the municipality offers room to every generation. */
export const GENERATIES: AmbitionDefinition = {
  id: 'generaties',
  title: { nl: 'Ruimte voor generaties', en: 'Room for generations' },
  description: {
    nl: 'De gemeente biedt plaats aan alle generaties, met voorzieningen en woningen voor jong en oud en gevarieerde wijken.',
    en: 'The municipality has room for every generation, with facilities and homes for young and old and varied districts.',
  },
  policy: AMBITION_POLICY.generaties,
  indicatorIds: GENERATIES_INDICATORS.map((indicator) => indicator.id),
};
