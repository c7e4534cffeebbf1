import { ECONOMY_INDICATORS } from '../definitions/economy.definitions';
import { AMBITION_POLICY } from '../definitions/policy-references.data';
import type { AmbitionDefinition } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';

/** Indicators of "regionaal centrum", in display order. */
export const REGIONAAL_CENTRUM_INDICATORS: readonly IndicatorDefinition[] = ECONOMY_INDICATORS;

/** Ambition 4: the municipality stays a regional centre. */
export const REGIONAAL_CENTRUM: AmbitionDefinition = {
  id: 'regionaal-centrum',
  title: { nl: 'Regionaal centrum', en: 'Regional centre' },
  description: {
    nl: 'De stad blijft het centrum van de regio: een aantrekkelijke, compacte binnenstad en meer variatie in werk.',
    en: 'The city stays the centre of the region: an attractive, compact city centre and more varied jobs.',
  },
  policy: AMBITION_POLICY.regionaalCentrum,
  indicatorIds: REGIONAAL_CENTRUM_INDICATORS.map((indicator) => indicator.id),
};
