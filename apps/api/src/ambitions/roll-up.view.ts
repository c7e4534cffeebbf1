import type { ApiLanguage, RollUpView } from '@koers/api-contracts';
import { type AmbitionRollUp, SCALE_LABELS } from '@koers/indicators';

/** The library's roll-up of an ambition, its texts in the requested language. */
export function rollUpView(rollUp: AmbitionRollUp, lang: ApiLanguage): RollUpView {
  const { overall, assessed, total, countsByScale, countsByStatus, text } = rollUp;
  return { overall, overallLabel: SCALE_LABELS[overall][lang], assessed, total, countsByScale, countsByStatus, text: text[lang] };
}
