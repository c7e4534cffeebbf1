/** The loading state of every route (server-rendered; the language is not known here, so both are said). */
export function RouteLoading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="text-tremor-content-emphasis">
        Gegevens worden geladen… <span lang="en">(Loading figures…)</span>
      </p>
      <div className="h-24 animate-pulse rounded-tremor-default bg-tremor-background-subtle" />
      <div className="h-24 animate-pulse rounded-tremor-default bg-tremor-background-subtle" />
    </div>
  );
}
