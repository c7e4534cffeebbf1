import type { HealthResponse } from '@koers/api-contracts';
import { ApiException } from '../common/api.exception';

export type HealthErrorCode = 'HEALTH_DEGRADED';

export class HealthException extends ApiException<HealthErrorCode> {
  /** 503 for load balancers, with the whole report beside the problem. */
  static degraded(report: HealthResponse): HealthException {
    const why =
      report.database === 'down'
        ? { nl: 'de database is niet bereikbaar', en: 'the database cannot be reached' }
        : { nl: 'het databaseschema is niet bijgewerkt', en: 'the database schema is not up to date' };
    return new HealthException(
      'HEALTH_DEGRADED',
      { nl: `De API kan niet antwoorden: ${why.nl}.`, en: `The API cannot answer: ${why.en}.` },
      undefined,
      undefined,
      { health: report },
    );
  }
}
