import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
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

/**
 * What a page about one thing (an ambition, indicator, wijk, run) shows when the API did not give it: the 404
 * page when the API does not know it (404) or its id is malformed (400), else ApiUnavailable.
 */
export function notFoundOrUnavailable(lang: Lang, status: number | null): ReactElement {
  if (status === 404 || status === 400) notFound();
  return <ApiUnavailable lang={lang} status={status} />;
}
