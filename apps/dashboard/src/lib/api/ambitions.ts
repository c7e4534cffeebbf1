import type { AmbitionDetailResponse, AmbitionListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /ambitions */
export function getAmbitions(lang: Lang): Promise<ApiResult<AmbitionListResponse>> {
  return getFromApi<AmbitionListResponse>(`/ambitions${query(lang)}`);
}

/** GET /ambitions/:id */
export function getAmbition(id: string, lang: Lang): Promise<ApiResult<AmbitionDetailResponse>> {
  return getFromApi<AmbitionDetailResponse>(`/ambitions/${encodeURIComponent(id)}${query(lang)}`);
}
