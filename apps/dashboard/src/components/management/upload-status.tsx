import { Badge } from '@tremor/react';
import type { UploadWithdrawalView } from '@koers/api-contracts';
import { formatDateTime } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';

/**
 * Whether a stored file counts, or who withdrew it, when and why (and which version replaced it). Tremor's Badge
 * with the text one step darker than its default (600 on a tint is below 4.5:1 contrast).
 */
export function UploadStatus({ withdrawal, lang }: { withdrawal: UploadWithdrawalView | null; lang: Lang }) {
  const t = dictionary(lang).beheer.uploadStatus;
  if (withdrawal === null) {
    return (
      <Badge color="emerald" className="text-emerald-900" data-withdrawn="false">
        {t.current}
      </Badge>
    );
  }
  return (
    <span className="block min-w-48 space-y-0.5" data-withdrawn="true">
      <Badge color="rose" className="text-rose-900">
        {t.withdrawn}
      </Badge>
      <span className="block text-tremor-label">{t.withdrawnBy(formatDateTime(withdrawal.withdrawnAt, lang), withdrawal.withdrawnBy)}</span>
      <span className="block text-tremor-label" data-testid="withdrawal-reason">
        {withdrawal.reason}
      </span>
      {withdrawal.replacedBy && <span className="block text-tremor-label">{t.replacedBy(withdrawal.replacedBy)}</span>}
    </span>
  );
}
