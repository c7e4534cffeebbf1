/** The title of a page Koers does not have, in both languages (the language is not known everywhere a 404 is made). */
export const NOT_FOUND_TITLE = 'Niet gevonden · Not found';

/** What a visitor sees at an address Koers has no page for, in both languages (the language is unknown there). */
export function NotFoundMessage() {
  return (
    <div>
      <h1 className="text-tremor-metric font-semibold">
        Niet gevonden{' '}
        <span lang="en" className="text-tremor-content-emphasis">
          · Not found
        </span>
      </h1>
      <p className="mt-2">
        Deze pagina bestaat niet.{' '}
        <a href="/" className="underline">
          Naar de ambities
        </a>
        .
      </p>
    </div>
  );
}
