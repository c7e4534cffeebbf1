import type { DownloadListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /downloads */
export function getDownloads(lang: Lang): Promise<ApiResult<DownloadListResponse>> {
  return getFromApi<DownloadListResponse>(`/downloads${query(lang)}`);
}

/** The browser address of an API path: the dashboard forwards /api/* to the API (app/api/[...path]). */
export function publicApiUrl(path: string): string {
  return `/api/v1${path}`;
}
