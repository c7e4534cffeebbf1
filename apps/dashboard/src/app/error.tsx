'use client';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-tremor-default border border-rose-300 bg-rose-50 p-4">
      <h1 className="text-tremor-title font-semibold">Er ging iets mis bij het tonen van deze pagina.</h1>
      <p className="mt-2">Probeer het opnieuw. Blijft het misgaan, meld het dan bij het team Informatievoorziening.</p>
      <button type="button" onClick={reset} className="mt-3 rounded-tremor-small bg-tremor-brand px-3 py-1 text-white">
        Opnieuw proberen
      </button>
    </div>
  );
}
