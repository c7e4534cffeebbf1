import type { Language } from '../types/text.types';
import { tryParsePeriod } from './period-code';
import { MONTH_NAMES } from './statline-period';

const ORDINAL_NL = ['1e', '2e', '3e', '4e'];

/**
 * A period code as words for people: `2024JJ00` → "2024"; `2024KW02` → "2e kwartaal 2024" / "Q2 2024";
 * `2024MM06` → "juni 2024" / "June 2024"; `2024HJ01` → "1e halfjaar 2024" / "H1 2024"; a day → "25 maart 2015".
 * Codes of other kinds are returned as they are.
 */
export function formatPeriod(code: string, lang: Language): string {
  const period = tryParsePeriod(code);
  if (period === null) return code;
  const { year, index } = period;
  switch (period.kind) {
    case 'year':
      return String(year);
    case 'quarter':
      return lang === 'nl' ? `${ORDINAL_NL[index - 1]} kwartaal ${year}` : `Q${index} ${year}`;
    case 'half-year':
      return lang === 'nl' ? `${ORDINAL_NL[index - 1]} halfjaar ${year}` : `H${index} ${year}`;
    case 'month':
      return `${MONTH_NAMES[lang][index - 1]} ${year}`;
    case 'school-year':
      return `${year}/${year + 1}`;
    case 'day': {
      const month = Number(period.code.slice(4, 6));
      return lang === 'nl' ? `${index} ${MONTH_NAMES.nl[month - 1]} ${year}` : `${index} ${MONTH_NAMES.en[month - 1]} ${year}`;
    }
    default:
      return period.code;
  }
}
