import type { Lang } from '../lib/i18n/lang';
import { dictionary } from '../lib/i18n/dictionary';

/** What a page shows instead of its figures when the API is down or answers with an error. */
export function ApiUnavailable({ lang, status }: { lang: Lang; status: number | null }) {
  const t = dictionary(lang);
  return (
    <div role="alert" className="rounded-tremor-default border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h1 className="text-tremor-title font-semibold">{t.apiDown}</h1>
      <p className="mt-2">{t.apiDownHelp}</p>
      {status !== null && <p className="mt-1 text-tremor-label">HTTP {status}</p>}
    </div>
  );
}
