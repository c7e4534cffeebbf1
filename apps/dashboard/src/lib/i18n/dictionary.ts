import { en } from './dictionary.en';
import { type Dictionary, nl } from './dictionary.nl';
import type { Lang } from './lang';

// Every fixed text of the dashboard in both languages. Texts that come with the data (titles, definitions,
// status labels, explanations) come from the API in the requested language and are not repeated here, and so do
// names: the municipality's (`GET /municipality`) and those of the regions a chart compares with.
// Each language's texts have a file of their own.

export type { Dictionary } from './dictionary.nl';

const DICTIONARIES: Record<Lang, Dictionary> = { nl, en };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
