import { ApiException } from '../common/api.exception';

export type IndicatorsErrorCode = 'INDICATOR_NOT_FOUND';

export class IndicatorsException extends ApiException<IndicatorsErrorCode> {
  static notFound(id: string): IndicatorsException {
    return new IndicatorsException('INDICATOR_NOT_FOUND', {
      nl: `Indicator "${id}" bestaat niet; GET /api/v1/indicators geeft de catalogus.`,
      en: `Indicator "${id}" does not exist; GET /api/v1/indicators lists the catalogue.`,
    });
  }
}
