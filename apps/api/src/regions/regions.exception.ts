import { ApiException } from '../common/api.exception';

export type RegionsErrorCode = 'REGION_NOT_FOUND';

export class RegionsException extends ApiException<RegionsErrorCode> {
  static notFound(code: string): RegionsException {
    return new RegionsException('REGION_NOT_FOUND', {
      nl: `Regio "${code}" is onbekend; GET /api/v1/regions geeft de bekende regio's.`,
      en: `Region "${code}" is unknown; GET /api/v1/regions lists the known regions.`,
    });
  }
}
