import { ApiResult, getFromApi } from './api-client';

/** GET /api/v1/health */
export interface Health {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  migrationsPending: boolean;
  version: string;
  time: string;
}

export function getHealth(): Promise<ApiResult<Health>> {
  return getFromApi<Health>('/health');
}
