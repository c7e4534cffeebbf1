'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white hover:bg-tremor-brand-emphasis focus:outline-none focus:ring-2 focus:ring-teal-900 focus:ring-offset-2"
    >
      {label}
    </button>
  );
}
