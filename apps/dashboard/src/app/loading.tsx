export default function Loading() {
  return (
    <p role="status" aria-live="polite" className="text-tremor-content">
      Gegevens worden geladen…
    </p>
  );
}
