import type { Language } from '../types/text.types';

/**
 * A stretch of years in words, as titles and citations write it: "2015–2024", "vanaf 2015" / "from 2015",
 * "tot en met 2024" / "up to 2024", or "" for every year. `dash` is what joins two years (BibTeX writes "--").
 */
export function yearRangeText(from: number | null, to: number | null, lang: Language, dash = '–'): string {
  if (from !== null && to !== null) return `${from}${dash}${to}`;
  if (from !== null) return lang === 'nl' ? `vanaf ${from}` : `from ${from}`;
  if (to !== null) return lang === 'nl' ? `tot en met ${to}` : `up to ${to}`;
  return '';
}
