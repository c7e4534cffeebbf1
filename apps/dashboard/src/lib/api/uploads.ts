import type { UploadedFileListResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** GET /uploads/files: the newest stored versions of uploaded files, newest first. */
export function getUploads(lang: Lang, limit = 20): Promise<ApiResult<UploadedFileListResponse>> {
  return getFromApi<UploadedFileListResponse>(`/uploads/files${query(lang, { limit })}`);
}
