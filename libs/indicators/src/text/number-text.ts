import type { Language } from '../types/text.types';

const FORMATS = new Map<string, Intl.NumberFormat>();

function format(lang: Language, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let found = FORMATS.get(key);
  if (!found) {
    found = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: true,
    });
    FORMATS.set(key, found);
  }
  return found;
}

/**
 * A value rounded to `decimals` places, as every text and download of Koers shows it: 0.875 → 0.88 (2), 1016.07 →
 * 1016 (0). The one rounding rule, so a figure in a sentence, a table and a chart download is the same number.
 */
export function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * A number for a sentence in the reader's notation: "67.963", "0,88", "−33.300" in Dutch (thousands with a point,
 * decimals with a comma, a real minus sign), "67,963", "0.88", "−33,300" in English. Dutch groups four-digit
 * numbers too ("1.350"), as Dutch official publications do.
 */
export function numberText(value: number, decimals: number, lang: Language): string {
  const rounded = roundTo(value, decimals);
  const text = format(lang, decimals).format(Math.abs(rounded));
  const grouped = lang === 'nl' && Math.abs(rounded) >= 1000 && Math.abs(rounded) < 10000 ? groupFourDigits(text) : text;
  return rounded < 0 ? `−${grouped}` : grouped;
}

/** nl-NL leaves "1350" ungrouped (a CLDR minimum-grouping rule); Dutch government style writes "1.350". */
function groupFourDigits(text: string): string {
  return text.replace(/^(\d)(\d{3})(?=,|$)/, '$1.$2');
}

/** A fraction as a percentage for a sentence: 0.0123 → "1,23%" (nl) or "1.23%" (en); negative with a minus sign. */
export function percentText(fraction: number, decimals: number, lang: Language): string {
  return `${numberText(fraction * 100, decimals, lang)}%`;
}
