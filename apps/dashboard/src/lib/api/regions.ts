import type { RegionDetailResponse, RegionListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /regions */
export function getRegions(lang: Lang): Promise<ApiResult<RegionListResponse>> {
  return getFromApi<RegionListResponse>(`/regions${query(lang)}`);
}

/** GET /regions/:code */
export function getRegion(code: string, lang: Lang): Promise<ApiResult<RegionDetailResponse>> {
  return getFromApi<RegionDetailResponse>(`/regions/${encodeURIComponent(code)}${query(lang)}`);
}
