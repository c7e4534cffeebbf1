import { NOT_FOUND_TITLE } from '../../components/not-found-message';
import type { ApiResult } from '../api/api-client';

/**
 * The title of a page about one thing (an indicator, ambition, wijk, run): its own from the API's answer, or the
 * 404 page's when the API does not know it (404) or its id is malformed (400) — the page then answers 404, and its
 * metadata, which a browser gets after the page has begun, must say so too. `unavailable` when the API failed.
 */
export function pageTitle<T>(result: ApiResult<T>, title: (data: T) => string, unavailable: string): string {
  if (result.ok) return title(result.data);
  return result.status === 404 || result.status === 400 ? NOT_FOUND_TITLE : unavailable;
}
