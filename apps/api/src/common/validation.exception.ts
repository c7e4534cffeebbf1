import type { LocalizedText } from '@koers/indicators';
import { ApiException } from './api.exception';

export type ValidationErrorCode = 'INVALID_PARAMETER';

/** A query, path or body parameter with a value the API refuses: 400 naming the parameter and why. */
export class ValidationException extends ApiException<ValidationErrorCode> {
  constructor(parameter: string, reason: LocalizedText) {
    super(
      'INVALID_PARAMETER',
      { nl: `Ongeldige parameter "${parameter}": ${reason.nl}`, en: `Invalid parameter "${parameter}": ${reason.en}` },
      parameter,
      reason,
    );
  }
}
