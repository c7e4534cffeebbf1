import type { ReactNode } from 'react';

/** One part of the management panel under its own heading, labelled by it. */
export function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-tremor-title font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
