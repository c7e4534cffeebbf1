import type { CoverageResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /coverage */
export function getCoverage(lang: Lang): Promise<ApiResult<CoverageResponse>> {
  return getFromApi<CoverageResponse>(`/coverage${query(lang)}`);
}
