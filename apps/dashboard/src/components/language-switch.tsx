'use client';

import { usePathname } from 'next/navigation';

/** A link to the same page in the other language (Dutch at /…, English at /en/…). */
export function LanguageSwitch({ lang }: { lang: 'nl' | 'en' }) {
  const pathname = usePathname() ?? '/';
  const dutchPath = pathname === '/en' ? '/' : pathname.startsWith('/en/') ? pathname.slice(3) : pathname.replace(/^\/nl(?=\/|$)/, '') || '/';
  const target = lang === 'nl' ? (dutchPath === '/' ? '/en' : `/en${dutchPath}`) : dutchPath;
  return (
    <a href={target} hrefLang={lang === 'nl' ? 'en' : 'nl'} lang={lang === 'nl' ? 'en' : 'nl'} className="rounded-tremor-small px-2 py-1 text-tremor-brand-emphasis underline hover:bg-teal-50">
      {lang === 'nl' ? 'English' : 'Nederlands'}
    </a>
  );
}
