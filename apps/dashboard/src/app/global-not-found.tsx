import type { Metadata } from 'next';
import { connection } from 'next/server';
import './globals.css';
import { NOT_FOUND_TITLE, NotFoundMessage } from '../components/not-found-message';

export const metadata: Metadata = { title: `${NOT_FOUND_TITLE} · Koers` };

/**
 * The answer to an address no route has (the root layout is app/[lang]/, so Next.js's own 404 page would stand
 * in). Rendered per request, not prerendered: its scripts then carry the request's nonce, which the
 * Content-Security-Policy asks for; and it is a real 404, before any streaming starts.
 */
export default async function GlobalNotFound() {
  await connection();
  return (
    <html lang="nl">
      <body className="min-h-screen bg-tremor-background-muted text-tremor-content-strong">
        <main className="mx-auto max-w-6xl px-4 py-8">
          <NotFoundMessage />
        </main>
      </body>
    </html>
  );
}
