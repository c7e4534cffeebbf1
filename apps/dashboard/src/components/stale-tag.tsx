import { dictionary } from '../lib/i18n/dictionary';
import type { Lang } from '../lib/i18n/lang';

/** "verouderd" beside a latest figure that is older than the indicator's frequency allows (the API's `stale`). */
export function StaleTag({ lang }: { lang: Lang }) {
  const t = dictionary(lang);
  return (
    <span
      data-stale="true"
      title={t.staleNote}
      className="inline-flex items-center rounded-tremor-small border border-amber-400 bg-amber-50 px-1.5 text-tremor-label font-medium text-amber-900"
    >
      {t.stale}
      <span className="sr-only">: {t.staleNote}</span>
    </span>
  );
}
