import type { Language } from '../types/text.types';
import { annualPeriod, subYearPeriod, tryParsePeriod } from './period-code';
import { type PeriodStatus, periodStatusFromTitle } from './period-status';

/** The period kinds a StatLine export labels in words. */
export type LabelledPeriodKind = 'year' | 'quarter' | 'month';

/** A StatLine period label read as a CBS period code and the status its `*` marks give. */
export interface LabelledPeriod {
  readonly code: string;
  readonly status: PeriodStatus;
}

/** How the labels of one export read. */
export interface PeriodLabelRules {
  readonly kind: LabelledPeriodKind;
  /**
   * A word the table adds to its yearly labels, as in "2008 december" for the yearly figures of a table about a
   * count in December (CBS gives such a table period key `2008JJ00` with title "2008 december").
   */
  readonly yearLabelWord?: string;
}

/** Month names as StatLine writes them, in both languages. */
export const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const QUARTER_LABEL = /^([1-4])(e|st|nd|rd|th) (kwartaal|quarter)$/i;

function monthIndex(word: string): number | null {
  const lower = word.toLowerCase();
  for (const names of Object.values(MONTH_NAMES)) {
    const index = names.findIndex((name) => name.toLowerCase() === lower);
    if (index >= 0) return index + 1;
  }
  return null;
}

function codeOf(year: number, rest: string, rules: PeriodLabelRules): string | null {
  switch (rules.kind) {
    case 'year':
      return rest === '' || (rules.yearLabelWord !== undefined && rest.toLowerCase() === rules.yearLabelWord.toLowerCase())
        ? annualPeriod(year)
        : null;
    case 'quarter': {
      const quarter = QUARTER_LABEL.exec(rest);
      return quarter ? subYearPeriod(year, 'quarter', Number(quarter[1])) : null;
    }
    case 'month': {
      const month = monthIndex(rest);
      return month === null ? null : subYearPeriod(year, 'month', month);
    }
    default: {
      const unknown: never = rules.kind;
      throw new Error(`Unknown period kind ${String(unknown)}`);
    }
  }
}

/**
 * Reads a StatLine period label: `2024`, `2024*` (provisional), `2010 december**` (revised provisional, with the
 * table's year word), `2024 1e kwartaal`, `2024 juni`, or a CBS code as OData-shaped files carry it (`2016JJ00`).
 * Null when the label does not read as a period of the declared kind: the caller names the row.
 */
export function parseStatlinePeriod(label: string, rules: PeriodLabelRules): LabelledPeriod | null {
  const text = label.trim();
  const status = periodStatusFromTitle(text) ?? 'definitive';
  const bare = text.replace(/\*+$/, '').trim();
  const asCode = tryParsePeriod(bare);
  if (asCode !== null) {
    const kinds: Record<LabelledPeriodKind, string> = { year: 'JJ', quarter: 'KW', month: 'MM' };
    return asCode.kindCode === kinds[rules.kind] ? { code: asCode.code, status } : null;
  }
  const match = /^(\d{4})(?:\s+(.+))?$/.exec(bare);
  if (!match) return null;
  const code = codeOf(Number(match[1]), (match[2] ?? '').trim(), rules);
  return code === null ? null : { code, status };
}
