import type { TargetView } from '@koers/api-contracts';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../format/number.format';
import { dictionary } from '../i18n/dictionary';
import type { Lang } from '../i18n/lang';
import type { YearValue } from './series.view';

export interface SentenceInput {
  readonly title: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly current: YearValue | null;
  readonly previous: YearValue | null;
  readonly target: TargetView | null;
  readonly statusLabel: string;
}

function targetClause(input: SentenceInput, lang: Lang): string {
  const { target, current } = input;
  if (!target || target.targetValue === null || target.targetYear === null || !current) return '';
  const value = formatValue(target.targetValue, input.unit, input.decimals, lang);
  return lang === 'nl' ? `; het doel is ${value} in ${target.targetYear}` : `; the target is ${value} by ${target.targetYear}`;
}

/** One sentence per indicator for the council report, built from the figures (never invented). */
export function reportSentence(input: SentenceInput, year: number, lang: Lang): string {
  const { current, previous } = input;
  // Voorbeelddata is said so in the sentence too: a figure never passes for a real one.
  const fmt = (point: YearValue) => `${formatValue(point.value, input.unit, input.decimals, lang)}${point.demo ? ` (${dictionary(lang).example})` : ''}`;
  const subject = input.title;
  if (!current) {
    return lang === 'nl' ? `Voor ${subject.toLowerCase()} zijn over ${year} geen cijfers beschikbaar.` : `There are no figures on ${subject.toLowerCase()} for ${year}.`;
  }
  const status = input.statusLabel.toLowerCase();
  const end = targetClause(input, lang);
  if (!previous) {
    return lang === 'nl'
      ? `${subject}: ${fmt(current)} in ${current.year}${end} (status: ${status}).`
      : `${subject}: ${fmt(current)} in ${current.year}${end} (status: ${status}).`;
  }
  const direction =
    current.value > previous.value ? (lang === 'nl' ? 'gestegen' : 'up') : current.value < previous.value ? (lang === 'nl' ? 'gedaald' : 'down') : lang === 'nl' ? 'gelijk gebleven' : 'unchanged';
  return lang === 'nl'
    ? `${subject} is ${direction} van ${fmt(previous)} in ${previous.year} naar ${fmt(current)} in ${current.year}${end} (status: ${status}).`
    : `${subject} is ${direction} from ${fmt(previous)} in ${previous.year} to ${fmt(current)} in ${current.year}${end} (status: ${status}).`;
}
