import type { IndicatorDetailResponse, IndicatorListResponse, IndicatorRegionsResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /indicators */
export function getIndicators(lang: Lang): Promise<ApiResult<IndicatorListResponse>> {
  return getFromApi<IndicatorListResponse>(`/indicators${query(lang)}`);
}

/** GET /indicators/:id?region= */
export function getIndicator(id: string, lang: Lang, region?: string): Promise<ApiResult<IndicatorDetailResponse>> {
  return getFromApi<IndicatorDetailResponse>(`/indicators/${encodeURIComponent(id)}${query(lang, { region })}`);
}

/** GET /indicators/:id/regions?level=&period= */
export function getIndicatorRegions(
  id: string,
  level: 'wijk' | 'peer',
  lang: Lang,
  period?: string,
): Promise<ApiResult<IndicatorRegionsResponse>> {
  return getFromApi<IndicatorRegionsResponse>(`/indicators/${encodeURIComponent(id)}/regions${query(lang, { level, period })}`);
}
