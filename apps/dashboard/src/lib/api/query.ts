import type { Lang } from '../i18n/lang';

/** A query string from the set parameters, with `lang=en` on English pages (Dutch is the API's default). */
export function query(lang: Lang, params: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  if (lang === 'en') search.set('lang', 'en');
  const text = search.toString();
  return text ? `?${text}` : '';
}
