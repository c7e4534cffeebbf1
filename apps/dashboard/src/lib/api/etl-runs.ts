import type { EtlRunDetailResponse, EtlRunListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /etl/runs */
export function getEtlRuns(lang: Lang, limit = 25): Promise<ApiResult<EtlRunListResponse>> {
  return getFromApi<EtlRunListResponse>(`/etl/runs${query(lang, { limit })}`);
}

/** GET /etl/runs/:id */
export function getEtlRun(id: string, lang: Lang): Promise<ApiResult<EtlRunDetailResponse>> {
  return getFromApi<EtlRunDetailResponse>(`/etl/runs/${encodeURIComponent(id)}${query(lang)}`);
}
