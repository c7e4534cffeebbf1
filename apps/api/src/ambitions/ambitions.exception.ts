import { AMBITION_IDS } from '@koers/indicators';
import { ApiException } from '../common/api.exception';

export type AmbitionsErrorCode = 'AMBITION_NOT_FOUND';

export class AmbitionsException extends ApiException<AmbitionsErrorCode> {
  static notFound(id: string): AmbitionsException {
    return new AmbitionsException('AMBITION_NOT_FOUND', {
      nl: `Ambitie "${id}" bestaat niet; kies uit ${AMBITION_IDS.join(', ')}.`,
      en: `Ambition "${id}" does not exist; choose from ${AMBITION_IDS.join(', ')}.`,
    });
  }
}
