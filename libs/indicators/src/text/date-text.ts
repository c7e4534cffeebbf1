import type { Language } from '../types/text.types';

const FORMATS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A calendar day (`2026-06-23`) for a sentence: "23 juni 2026" in Dutch, "23 June 2026" in English. */
export function dayText(day: string, lang: Language): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return FORMATS[lang].format(new Date(Date.UTC(year, month - 1, date)));
}
