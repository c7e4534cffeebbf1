import { DIGITAL_INDICATORS } from '../definitions/digital.definitions';
import { AMBITION_POLICY } from '../definitions/policy-references.data';
import type { AmbitionDefinition } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';

/** Indicators of "digitalisering en technologie", in display order. */
export const DIGITALISERING_INDICATORS: readonly IndicatorDefinition[] = DIGITAL_INDICATORS;

/** Ambition 5: the municipality makes use of digitalisation and technology. */
export const DIGITALISERING: AmbitionDefinition = {
  id: 'digitalisering',
  title: { nl: 'Digitalisering en technologie', en: 'Digitalisation and technology' },
  description: {
    nl:
      'De gemeente speelt in op digitalisering: een sterke digitale economie, goede data-infrastructuur en digitale ' +
      'dienstverlening, zonder de fysieke ontmoeting te verliezen.',
    en:
      'The municipality makes use of digitalisation: a strong digital economy, good data infrastructure and online services, ' +
      'without losing meeting in person.',
  },
  policy: AMBITION_POLICY.digitalisering,
  indicatorIds: DIGITALISERING_INDICATORS.map((indicator) => indicator.id),
};
