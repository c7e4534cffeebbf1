import type { IndicatorDetailResponse, IndicatorListResponse, IndicatorRegionsResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /indicators */
export function getIndicators(lang: Lang): Promise<ApiResult<IndicatorListResponse>> {
  return getFromApi<IndicatorListResponse>(`/indicators${query(lang)}`);
}

/** What GET /indicators/:id narrows to: a region, years, and the figures as published on a day. */
export interface IndicatorScope {
  readonly region?: string | null;
  readonly from?: number | null;
  readonly to?: number | null;
  readonly asOf?: string | null;
}

/** GET /indicators/:id?region=&from=&to=&asOf= */
export function getIndicator(id: string, lang: Lang, scope: IndicatorScope = {}): Promise<ApiResult<IndicatorDetailResponse>> {
  const { region, from, to, asOf } = scope;
  return getFromApi<IndicatorDetailResponse>(
    `/indicators/${encodeURIComponent(id)}${query(lang, { region: region ?? undefined, from: from ?? undefined, to: to ?? undefined, asOf: asOf ?? undefined })}`,
  );
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
