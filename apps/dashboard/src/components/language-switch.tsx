'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { href, Lang } from '../lib/i18n/lang';

/**
 * A link to the same page in the other language (Dutch at /…, English at /en/…), with the same query: a chart's view
 * (region, peers, years) has the same keys in both languages.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const pathname = usePathname() ?? '/';
  const query = useSearchParams()?.toString() ?? '';
  const dutchPath =
    pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname.replace(/^\/nl(?=\/|$)/, '') || '/';
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  return (
    <a
      href={`${href(other, dutchPath)}${query ? `?${query}` : ''}`}
      hrefLang={other}
      lang={other}
      className="rounded-tremor-small px-2 py-1 text-tremor-brand-emphasis underline hover:bg-teal-50"
    >
      {lang === 'nl' ? 'English' : 'Nederlands'}
    </a>
  );
}
