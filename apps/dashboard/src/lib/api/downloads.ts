import type { DownloadListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /downloads */
export function getDownloads(lang: Lang): Promise<ApiResult<DownloadListResponse>> {
  return getFromApi<DownloadListResponse>(`/downloads${query(lang)}`);
}
