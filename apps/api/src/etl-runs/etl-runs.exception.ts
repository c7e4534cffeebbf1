import { ApiException } from '../common/api.exception';

export type EtlRunsErrorCode = 'RUN_NOT_FOUND' | 'RUN_REQUEST_NOT_FOUND';

export class EtlRunsException extends ApiException<EtlRunsErrorCode> {
  static notFound(id: string): EtlRunsException {
    return new EtlRunsException('RUN_NOT_FOUND', { nl: `Run ${id} bestaat niet.`, en: `Run ${id} does not exist.` });
  }

  static requestNotFound(id: string): EtlRunsException {
    return new EtlRunsException('RUN_REQUEST_NOT_FOUND', { nl: `Runverzoek ${id} bestaat niet.`, en: `Run request ${id} does not exist.` });
  }
}
