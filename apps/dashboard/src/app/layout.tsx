import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Koers — is Assen op koers?', template: '%s · Koers' },
  description: 'De indicatorenmonitor van de omgevingsvisie van Assen: per ambitie de cijfers, de doelen en of de stad op koers ligt.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-screen bg-tremor-background-muted text-tremor-content-strong">
        <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Naar de inhoud
        </a>
        <header className="no-print border-b border-tremor-border bg-white">
          <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
            <a href="/" className="text-lg font-semibold text-tremor-brand-emphasis">
              Koers <span className="font-normal text-tremor-content">· Assen</span>
            </a>
          </div>
        </header>
        <main id="inhoud" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
