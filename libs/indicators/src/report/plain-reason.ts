import { whyNoVerdict } from '../coverage/indicator-coverage';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { ProgressResult } from '../types/progress.types';
import type { LocalizedText } from '../types/text.types';

/**
 * The status with its reason in one plain line for a council member (B1: short words, no method names): what the
 * figure does, measured against what the vision asks. The full calculation stays in the explanation.
 */
export function plainStatusLine(indicator: Pick<IndicatorDefinition, 'progress'>, progress: ProgressResult): LocalizedText {
  const hasTarget = indicator.progress.method === 'trajectory' || indicator.progress.target !== undefined;
  switch (progress.status) {
    case 'target_achieved':
      return { nl: 'Het doel is gehaald.', en: 'The target has been met.' };
    case 'substantial_progress':
      return hasTarget
        ? { nl: 'Dit gaat hard genoeg om het doel op tijd te halen.', en: 'This is going fast enough to meet the target in time.' }
        : { nl: 'Dit gaat duidelijk de goede kant op.', en: 'This is clearly going the right way.' };
    case 'moderate_progress':
      return hasTarget
        ? {
            nl: 'Dit gaat de goede kant op, maar niet snel genoeg voor het doel.',
            en: 'This is going the right way, but not fast enough for the target.',
          }
        : { nl: 'Dit gaat de goede kant op, maar langzaam.', en: 'This is going the right way, but slowly.' };
    case 'limited_progress':
      return { nl: 'Dit gaat maar een klein beetje de goede kant op.', en: 'This is going the right way only a little.' };
    case 'no_change':
      return { nl: 'Dit is bijna niet veranderd.', en: 'This has hardly changed.' };
    case 'deterioration':
      return { nl: 'Dit gaat de verkeerde kant op.', en: 'This is going the wrong way.' };
    case 'ahead':
      return { nl: 'Dit loopt voor op wat er nodig is.', en: 'This is ahead of what is needed.' };
    case 'on_course':
      return { nl: 'Dit ligt op het afgesproken pad.', en: 'This is on the agreed path.' };
    case 'behind':
      return { nl: 'Dit loopt achter op wat er nodig is.', en: 'This is behind what is needed.' };
    case 'off_course':
      return { nl: 'Dit valt buiten de afgesproken marge.', en: 'This is outside the agreed range.' };
    case 'not_available':
      return whyNoVerdict(progress) ?? { nl: 'Hierover is nog geen oordeel te geven.', en: 'No judgement can be given on this yet.' };
    case 'no_data':
      return { nl: 'Hiervoor zijn nog geen cijfers.', en: 'There are no figures for this yet.' };
    default: {
      const unknown: never = progress.status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}
