import type { ExplanationView, ProgressView } from '@koers/api-contracts';
import type { Unit } from '@koers/indicators';
import { formatPercent, formatValue } from '../format/number.format';
import type { Lang } from '../i18n/lang';

/** True when the verdict used the trend value instead of the latest figure as published (the noise guard). */
export function usedTrendValue(progress: ProgressView): boolean {
  return progress.explanation.guards.some((guard) => guard.code === 'noise-guard-trend');
}

/**
 * The API's explanation without the guard sentences it ends with, for a page that lists the guards itself (so
 * no sentence is read twice). The text as it is when its end is not exactly those sentences.
 */
export function explanationWithoutGuards(explanation: ExplanationView): string {
  const tail = explanation.guards.map((guard) => guard.text).join(' ');
  if (tail === '' || !explanation.text.endsWith(tail)) return explanation.text;
  return explanation.text.slice(0, explanation.text.length - tail.length).trim();
}

/**
 * How the value moved, in words, when the verdict looked at the trend: the pace from the base year on, without
 * the trend value itself — the page shows one number per year, the published one. Null without a pace.
 */
export function trendPaceSentence(explanation: ExplanationView, unit: Unit, decimals: number, lang: Lang): string | null {
  const { base, latest, observedPace: pace, requiredPace: required } = explanation;
  if (base === null || latest === null || pace === null) return null;
  const amount = (value: number) =>
    explanation.paceUnit === 'growth-per-year'
      ? formatPercent(Math.abs(value) * 100, 2, lang)
      : formatValue(Math.abs(value), unit, decimals, lang);
  const nl = pace > 0 ? 'steeg' : pace < 0 ? 'daalde' : 'veranderde';
  const en = pace > 0 ? 'rose' : pace < 0 ? 'fell' : 'changed';
  const moved =
    lang === 'nl'
      ? `Van ${base.year} tot ${latest.year} ${nl} de lijn door de cijfers gemiddeld ${amount(pace)} per jaar.`
      : `From ${base.year} to ${latest.year} the line through the figures ${en} on average ${amount(pace)} a year.`;
  if (required === null) return moved;
  const direction = required < 0 ? (lang === 'nl' ? 'een daling van' : 'a fall of') : lang === 'nl' ? 'een stijging van' : 'a rise of';
  return lang === 'nl'
    ? `${moved} Voor het doel is ${direction} ${amount(required)} per jaar nodig.`
    : `${moved} The target needs ${direction} ${amount(required)} a year.`;
}
