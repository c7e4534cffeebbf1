import type { Lang } from './lang';

/** Names as a sentence writes them: "Emmen, Drenthe en Nederland" ("… and the Netherlands" in English). */
export function listText(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${names.at(-1)}`;
}
