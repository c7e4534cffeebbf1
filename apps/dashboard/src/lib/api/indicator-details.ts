import type { IndicatorDetailResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { getIndicator } from './indicators';

/** GET /indicators/:id for several indicators at once (in parallel); indicators the API could not give are left out. */
export async function getIndicatorDetails(ids: readonly string[], lang: Lang): Promise<Map<string, IndicatorDetailResponse>> {
  const results = await Promise.all(ids.map(async (id) => [id, await getIndicator(id, lang)] as const));
  const details = new Map<string, IndicatorDetailResponse>();
  for (const [id, result] of results) if (result.ok) details.set(id, result.data);
  return details;
}
