import { ApiException } from '../common/api.exception';

export type ObservationsErrorCode = 'TABLE_NOT_FOUND' | 'MEASURE_NOT_FOUND';

export class ObservationsException extends ApiException<ObservationsErrorCode> {
  static tableNotFound(table: string): ObservationsException {
    return new ObservationsException('TABLE_NOT_FOUND', {
      nl: `Tabel "${table}" is niet geladen; GET /api/v1/sources geeft de geladen tabellen.`,
      en: `Table "${table}" is not loaded; GET /api/v1/sources lists the loaded tables.`,
    });
  }

  static measureNotFound(measure: string): ObservationsException {
    return new ObservationsException('MEASURE_NOT_FOUND', {
      nl: `Maat "${measure}" is niet geladen (zocht op naam en op bronsleutel).`,
      en: `Measure "${measure}" is not loaded (looked for it by name and by source key).`,
    });
  }
}
