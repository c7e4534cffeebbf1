import type { HealthDegradedProblem, HealthResponse } from '@koers/api-contracts';
import { ApiResult, getFromApi } from './api-client';

/** GET /api/v1/health: the report, from the 200 or from the 503 problem that carries it. */
export async function getHealth(): Promise<ApiResult<HealthResponse>> {
  const result = await getFromApi<HealthResponse | HealthDegradedProblem>('/health');
  if (!result.ok) return result;
  const body = result.data;
  return { ok: true, data: typeof body === 'object' && body !== null && 'health' in body ? body.health : body };
}
