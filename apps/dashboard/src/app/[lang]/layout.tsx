import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { DATA_LICENCE } from '@koers/indicators';
import { LanguageSwitch } from '../../components/language-switch';
import { municipalityName } from '../../lib/api/municipality';
import { FOOTER_LINK } from '../../lib/i18n/accessibility-statement';
import { dictionary } from '../../lib/i18n/dictionary';
import { href } from '../../lib/i18n/lang';
import { pageLang } from '../../lib/i18n/page-lang';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const name = await municipalityName(lang);
  return {
    title: { default: t.siteTitle(name), template: '%s · Koers' },
    description:
      lang === 'nl'
        ? `De indicatorenmonitor van de omgevingsvisie van ${name}: per ambitie de cijfers, de doelen en of de stad op koers ligt.`
        : `The indicator monitor of the environmental vision of ${name}: per ambition the figures, the targets and whether the city is on course.`,
  };
}

export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  // The one place a page's frame names the municipality: as the region list names it, through the API.
  const name = await municipalityName(lang);
  const links: [string, string][] = [
    ['/', t.nav.home],
    ['/wijken', t.nav.wijken],
    ['/rapport', t.nav.rapport],
    ['/data', t.nav.data],
    ['/beheer', t.nav.beheer],
  ];
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-tremor-background-muted text-tremor-content-strong">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t.skip}
        </a>
        <header className="no-print border-b border-tremor-border bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
            <a href={href(lang, '/')} className="text-lg font-semibold text-tremor-brand-emphasis">
              Koers{' '}
              <span className="font-normal text-tremor-content-emphasis" data-testid="site-municipality">
                · {name}
              </span>
            </a>
            <nav aria-label={lang === 'nl' ? 'Hoofdmenu' : 'Main menu'}>
              <ul className="flex flex-wrap items-center gap-1 text-tremor-default">
                {links.map(([path, label]) => (
                  <li key={path}>
                    <a href={href(lang, path)} className="rounded-tremor-small px-2 py-1 text-tremor-content-strong hover:bg-teal-50">
                      {label}
                    </a>
                  </li>
                ))}
                <li>
                  <LanguageSwitch lang={lang} />
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <footer className="no-print border-t border-tremor-border bg-white">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-4 text-tremor-default">
            <li>
              <a
                href={href(lang, '/toegankelijkheidsverklaring')}
                className="text-tremor-brand-emphasis underline"
                data-testid="footer-accessibility"
              >
                {FOOTER_LINK[lang]}
              </a>
            </li>
            <li>
              <a href={href(lang, '/data')} className="text-tremor-brand-emphasis underline">
                {t.nav.data}
              </a>
            </li>
            <li>
              <a href={DATA_LICENCE.url} rel="license" className="text-tremor-brand-emphasis underline">
                {DATA_LICENCE.title[lang]}
              </a>
            </li>
          </ul>
        </footer>
      </body>
    </html>
  );
}
