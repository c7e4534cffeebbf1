import { DATA_LICENCE, yearRangeText } from '@koers/indicators';
import { formatDate } from '../format/number.format';
import type { Lang } from '../i18n/lang';

/** What a citation of a chart names: who publishes it, what it shows, where and when it was read. */
export interface CitationInput {
  /** The indicator's id, for the BibTeX key. */
  readonly id: string;
  readonly title: string;
  readonly regionName: string;
  /** Who publishes Koers's data ("Gemeente Assen"), and the municipality whose vision it monitors ("Assen"). */
  readonly publisher: string;
  readonly municipality: string;
  readonly from: number | null;
  readonly to: number | null;
  /** The source line of the indicator ("CBS, Bevolking op 1 januari (03759ned)"). */
  readonly source: string;
  /** The address of the view, in full. */
  readonly url: string;
  /** The day it was read (YYYY-MM-DD). */
  readonly retrieved: string;
  /** The figures as published on this day (YYYY-MM-DD), when the view is pinned. */
  readonly asOf: string | null;
  readonly lang: Lang;
}

const SERIES = {
  nl: (municipality: string) => `Koers, indicatorenmonitor van de omgevingsvisie van ${municipality}`,
  en: (municipality: string) => `Koers, indicator monitor of the environmental vision of ${municipality}`,
} as const;
const KIND = { nl: 'grafiek en data', en: 'chart and data' } as const;

function titleOf(input: CitationInput, dash: string): string {
  return [input.title, input.regionName, yearRangeText(input.from, input.to, input.lang, dash)].filter((part) => part !== '').join(', ');
}

function pinned(input: CitationInput): string {
  if (input.asOf === null) return '';
  return input.lang === 'nl'
    ? ` Cijfers zoals gepubliceerd op ${formatDate(input.asOf, 'nl')}.`
    : ` Figures as published on ${formatDate(input.asOf, 'en')}.`;
}

/** The citation as a sentence (APA-like): publisher (year). Title [kind]. Series. Source. Licence. URL, date read. */
export function citationText(input: CitationInput): string {
  const { lang } = input;
  const year = input.retrieved.slice(0, 4);
  const source = lang === 'nl' ? `Bron: ${input.source}.` : `Source: ${input.source}.`;
  const licence = lang === 'nl' ? `Licentie: ${DATA_LICENCE.short}.` : `Licence: ${DATA_LICENCE.short}.`;
  const read = lang === 'nl' ? `geraadpleegd op ${formatDate(input.retrieved, 'nl')}` : `retrieved ${formatDate(input.retrieved, 'en')}`;
  return `${input.publisher} (${year}). ${titleOf(input, '–')} [${KIND[lang]}]. ${SERIES[lang](input.municipality)}.${pinned(input)} ${source} ${licence} ${input.url}, ${read}.`;
}

const BIBTEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, so the entry compiles whatever the title says. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => BIBTEX_SPECIAL[ch]!);
}

/** The citation as a BibTeX `@misc` entry (biblatex's `url` and `urldate`; `%` in the address escaped). */
export function citationBibtex(input: CitationInput): string {
  const { lang } = input;
  const year = input.retrieved.slice(0, 4);
  const note =
    lang === 'nl'
      ? `Bron: ${input.source}. Licentie: ${DATA_LICENCE.short} (${DATA_LICENCE.url}).`
      : `Source: ${input.source}. Licence: ${DATA_LICENCE.short} (${DATA_LICENCE.url}).`;
  const fields: [string, string][] = [
    ['author', `{${bibtexText(input.publisher)}}`],
    ['title', `{${bibtexText(titleOf(input, '--'))}}`],
    ['year', year],
    ['howpublished', bibtexText(`${SERIES[lang](input.municipality)}${pinned(input)}`)],
    ['url', input.url.replace(/%/g, '\\%')],
    ['urldate', input.retrieved],
    ['note', bibtexText(note)],
  ];
  const key = `koers-${input.id}-${year}`.replace(/[^A-Za-z0-9:_.-]/g, '');
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name.padEnd(12)} = {${value}},`).join('\n')}\n}`;
}
