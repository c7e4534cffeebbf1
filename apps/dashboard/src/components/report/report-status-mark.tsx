import type { ReportResponse } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { reportTexts } from './report-texts';

/** "Concept" or "Vastgesteld", large and unmistakable, on screen and on paper (never by colour alone: the word). */
export function ReportStatusMark({ status, lang }: { status: ReportResponse['status']; lang: Lang }) {
  const t = reportTexts(lang);
  const concept = status === 'concept';
  return (
    <span
      data-testid="report-status"
      data-status={status}
      className={`inline-block rounded-tremor-small border-2 px-3 py-1 text-tremor-title font-bold uppercase tracking-wide ${concept ? 'border-amber-700 bg-amber-50 text-amber-900' : 'border-emerald-700 bg-emerald-50 text-emerald-900'}`}
    >
      {concept ? t.concept : t.adopted}
    </span>
  );
}
