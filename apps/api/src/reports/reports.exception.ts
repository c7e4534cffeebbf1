import { ApiException } from '../common/api.exception';

export type ReportsErrorCode = 'REPORT_YEAR_NOT_FOUND' | 'EDITION_NOT_FOUND';

export class ReportsException extends ApiException<ReportsErrorCode> {
  static yearNotFound(year: number, first: number, last: number): ReportsException {
    return new ReportsException('REPORT_YEAR_NOT_FOUND', {
      nl: `Er is geen raadsrapportage over ${year}: rapportages bestaan voor ${first} tot en met ${last} (een jaar dat nog moet komen heeft geen cijfers).`,
      en: `There is no council report for ${year}: reports exist for ${first} to ${last} (a year still to come has no figures).`,
    });
  }

  static editionNotFound(year: number, number: number): ReportsException {
    return new ReportsException('EDITION_NOT_FOUND', {
      nl: `Editie ${number} van de rapportage over ${year} bestaat niet.`,
      en: `Edition ${number} of the report for ${year} does not exist.`,
    });
  }
}
