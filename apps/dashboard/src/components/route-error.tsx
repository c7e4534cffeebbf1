'use client';

import { useParams } from 'next/navigation';

/** The error state of every route: a message in the page's language and a retry. */
export function RouteError({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ lang?: string }>();
  const en = params?.lang === 'en';
  return (
    <div role="alert" className="rounded-tremor-default border border-rose-300 bg-rose-50 p-4 text-rose-950">
      <h1 className="text-tremor-title font-semibold">
        {en ? 'Something went wrong showing this page.' : 'Er ging iets mis bij het tonen van deze pagina.'}
      </h1>
      <p className="mt-2">
        {en
          ? 'Please try again. If it keeps failing, tell the Information team.'
          : 'Probeer het opnieuw. Blijft het misgaan, meld het dan bij het team Informatievoorziening.'}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded-tremor-small bg-tremor-brand px-3 py-1 text-white">
        {en ? 'Try again' : 'Opnieuw proberen'}
      </button>
    </div>
  );
}
