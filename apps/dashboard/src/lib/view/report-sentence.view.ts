import type { ReportFigureView } from '@koers/api-contracts';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../format/number.format';
import type { Lang } from '../i18n/lang';

// The sentences of a council report, built from the figures the report shows (never invented). Two figures are
// compared as they are printed: 0,8754 and 0,8751 both print as 0,88 and are "the same", never "gestegen van 0,88
// naar 0,88". A sentence names a year once, and says plainly when there is only one figure.

export interface FigureSentenceInput {
  readonly unit: Unit;
  readonly decimals: number;
  /** The figure of the report year, or the last before it. */
  readonly figure: ReportFigureView | null;
  /** The last earlier figure (the previous round for two- or four-yearly series). */
  readonly previous: ReportFigureView | null;
}

const MARKS = {
  nl: { demo: 'voorbeelddata', provisional: 'voorlopig' },
  en: { demo: 'example data', provisional: 'provisional' },
} as const;

/** A figure as printed in a sentence, with "(voorlopig, voorbeelddata)" when it is so. */
export function figureText(figure: ReportFigureView, unit: Unit, decimals: number, lang: Lang): string {
  const marks: string[] = [...(figure.provisional ? [MARKS[lang].provisional] : []), ...(figure.demo ? [MARKS[lang].demo] : [])];
  return `${formatValue(figure.value, unit, decimals, lang)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

type Comparison = 'same' | 'higher' | 'lower';

/** How two figures compare as printed: equal text is "the same", whatever digits lie beyond the decimals shown. */
export function compareAsPrinted(a: number, b: number, decimals: number): Comparison {
  const [x, y] = [Number(a.toFixed(decimals)), Number(b.toFixed(decimals))];
  return x === y ? 'same' : x > y ? 'higher' : 'lower';
}

function leadSentence(figure: ReportFigureView, year: number, text: string, lang: Lang): string {
  if (figure.year === year) return lang === 'nl' ? `Het cijfer over ${year} is ${text}.` : `The figure for ${year} is ${text}.`;
  return lang === 'nl'
    ? `Over ${year} is er nog geen cijfer; het laatste is van ${figure.year}: ${text}.`
    : `There is no figure for ${year} yet; the latest is from ${figure.year}: ${text}.`;
}

function comparisonSentence(input: FigureSentenceInput & { figure: ReportFigureView; previous: ReportFigureView }, lang: Lang): string {
  const { figure, previous, unit, decimals } = input;
  const then = figureText(previous, unit, decimals, lang);
  const how = compareAsPrinted(figure.value, previous.value, decimals);
  const count = unit === 'count';
  const words = {
    nl: { higher: count ? 'meer' : 'hoger', lower: count ? 'minder' : 'lager' },
    en: { higher: count ? 'more' : 'higher', lower: count ? 'fewer' : 'lower' },
  }[lang];
  if (how === 'same') return lang === 'nl' ? `Dat is hetzelfde als in ${previous.year}.` : `That is the same as in ${previous.year}.`;
  return lang === 'nl'
    ? `Dat is ${words[how]} dan in ${previous.year}, toen was het ${then}.`
    : `That is ${words[how]} than in ${previous.year}, when it was ${then}.`;
}

/**
 * The figure of one indicator in a report in plain words: the figure of the report year (or the latest before it,
 * saying so), then how it compares with the last earlier figure — "meer", "minder" or "hetzelfde" as printed.
 */
export function reportFigureSentence(input: FigureSentenceInput, year: number, lang: Lang): string {
  const { figure, previous } = input;
  if (figure === null)
    return lang === 'nl'
      ? `Er zijn nog geen cijfers over ${year} of de jaren ervoor.`
      : `There are no figures for ${year} or the years before yet.`;
  const lead = leadSentence(figure, year, figureText(figure, input.unit, input.decimals, lang), lang);
  if (previous === null)
    return `${lead} ${lang === 'nl' ? 'Er is geen eerder cijfer om mee te vergelijken.' : 'There is no earlier figure to compare with.'}`;
  return `${lead} ${comparisonSentence({ ...input, figure, previous }, lang)}`;
}

/**
 * What the previous edition showed for this indicator, when it differs from now: a revised figure of the same year,
 * or an older latest figure. Null without a previous edition or when it showed the same.
 */
export function previousEditionSentence(
  figure: ReportFigureView | null,
  before: ReportFigureView | null,
  unit: Unit,
  decimals: number,
  lang: Lang,
): string | null {
  if (before === null) return null;
  const then = figureText(before, unit, decimals, lang);
  if (figure !== null && figure.year === before.year) {
    if (compareAsPrinted(figure.value, before.value, decimals) === 'same') return null;
    return lang === 'nl'
      ? `De vorige editie gaf voor ${before.year} nog ${then}; dat cijfer is sindsdien herzien.`
      : `The previous edition gave ${then} for ${before.year}; that figure has been revised since.`;
  }
  return lang === 'nl'
    ? `In de vorige editie was het laatste cijfer ${then} (${before.year}).`
    : `In the previous edition the latest figure was ${then} (${before.year}).`;
}
