import type { ApiLanguage } from '@koers/api-contracts';

/** The languages every text comes in; Dutch is the default. */
export const LANGUAGES = ['nl', 'en'] as const satisfies readonly ApiLanguage[];

/** The language of a request whose query may not have been validated (error responses). */
export function languageOfRawQuery(query: unknown): ApiLanguage {
  return typeof query === 'object' && query !== null && (query as Record<string, unknown>)['lang'] === 'en' ? 'en' : 'nl';
}
