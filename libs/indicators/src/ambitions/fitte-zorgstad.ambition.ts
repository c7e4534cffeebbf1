import { HEALTH_INDICATORS } from '../definitions/health.definitions';
import { AMBITION_POLICY } from '../definitions/policy-references.data';
import type { AmbitionDefinition } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';

/** Indicators of "fitte (zorg)stad", in display order. */
export const FITTE_ZORGSTAD_INDICATORS: readonly IndicatorDefinition[] = HEALTH_INDICATORS;

/** Ambition 3: the municipality is a fit (care) city. */
export const FITTE_ZORGSTAD: AmbitionDefinition = {
  id: 'fitte-zorgstad',
  title: { nl: 'Fitte (zorg)stad', en: 'Fit (care) city' },
  description: {
    nl: 'De stad nodigt uit tot bewegen, inwoners worden gezond ouder en zorg blijft dichtbij en toegankelijk.',
    en: 'The city invites people to move, inhabitants age in good health and care stays close and accessible.',
  },
  policy: AMBITION_POLICY.fitteZorgstad,
  indicatorIds: FITTE_ZORGSTAD_INDICATORS.map((indicator) => indicator.id),
};
