/** The dashboard's languages: Dutch at `/…`, English at `/en/…`. */
export type Lang = 'nl' | 'en';

export function isLang(value: string): value is Lang {
  return value === 'nl' || value === 'en';
}

/** The visible path of a page in a language: Dutch paths have no prefix, English ones start with /en. */
export function href(lang: Lang, path: string): string {
  if (lang === 'nl') return path;
  return path === '/' ? '/en' : `/en${path}`;
}
