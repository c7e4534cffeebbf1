import { ApiException } from '../common/api.exception';

export type EtlRunsErrorCode = 'RUN_NOT_FOUND' | 'RUN_REQUEST_NOT_FOUND' | 'SOURCE_NOT_FOUND';

export class EtlRunsException extends ApiException<EtlRunsErrorCode> {
  static notFound(id: string): EtlRunsException {
    return new EtlRunsException('RUN_NOT_FOUND', { nl: `Run ${id} bestaat niet.`, en: `Run ${id} does not exist.` });
  }

  /** A `source` filter naming no source: neither one the ETL registers nor one with a recorded run. */
  static sourceNotFound(source: string, registered: readonly string[]): EtlRunsException {
    const list = registered.join(', ');
    return new EtlRunsException('SOURCE_NOT_FOUND', {
      nl: `Bron "${source}" heeft geen runs en is geen bron van de ETL (${list}).`,
      en: `Source "${source}" has no runs and is none of the ETL's sources (${list}).`,
    });
  }

  static requestNotFound(id: string): EtlRunsException {
    return new EtlRunsException('RUN_REQUEST_NOT_FOUND', { nl: `Runverzoek ${id} bestaat niet.`, en: `Run request ${id} does not exist.` });
  }
}
