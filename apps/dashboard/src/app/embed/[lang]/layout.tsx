import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../globals.css';
import { pageLang } from '../../../lib/i18n/page-lang';

export const metadata: Metadata = { title: { default: 'Koers', template: '%s · Koers' }, robots: { index: false } };

/**
 * The root of an embedded chart (`/embed/…`, `/en/embed/…`): a page of its own made to sit in another site's frame,
 * without the site's header, menu or footer. Its security headers allow framing (lib/security/security-headers.ts).
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  return (
    <html lang={lang}>
      <body className="bg-white text-tremor-content-strong">
        <main className="p-3">{children}</main>
      </body>
    </html>
  );
}
