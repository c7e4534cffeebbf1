import type { SourceListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /sources */
export function getSources(lang: Lang): Promise<ApiResult<SourceListResponse>> {
  return getFromApi<SourceListResponse>(`/sources${query(lang)}`);
}
