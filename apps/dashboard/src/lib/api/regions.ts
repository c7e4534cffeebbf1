import type { RegionDetailResponse, RegionListResponse, RegionProfileResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /regions[?level=&parent=] */
export function getRegions(
  lang: Lang,
  filter: { readonly level?: string; readonly parent?: string } = {},
): Promise<ApiResult<RegionListResponse>> {
  return getFromApi<RegionListResponse>(`/regions${query(lang, { level: filter.level, parent: filter.parent })}`);
}

/** GET /regions/:code */
export function getRegion(code: string, lang: Lang): Promise<ApiResult<RegionDetailResponse>> {
  return getFromApi<RegionDetailResponse>(`/regions/${encodeURIComponent(code)}${query(lang)}`);
}

/** GET /regions/:code/indicators: the wijk or buurt profile, every indicator beside the municipality's figure. */
export function getRegionProfile(code: string, lang: Lang): Promise<ApiResult<RegionProfileResponse>> {
  return getFromApi<RegionProfileResponse>(`/regions/${encodeURIComponent(code)}/indicators${query(lang)}`);
}
