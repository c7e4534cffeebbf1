import type { ReactNode } from 'react';

export interface BarItem {
  readonly key: string;
  readonly name: ReactNode;
  readonly value: number | null;
  readonly label: string;
  readonly highlight?: boolean;
}

/** A horizontal bar per item, server-rendered; the value is always written next to the bar. */
export function BarList({ items }: { items: readonly BarItem[] }) {
  const max = Math.max(0, ...items.map((i) => Math.abs(i.value ?? 0)));
  return (
    <ul className="space-y-1.5" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key} className="grid grid-cols-[10rem_1fr_6rem] items-center gap-2 text-tremor-default">
          <span className="truncate">{item.name}</span>
          {/* An SVG bar: its width is an attribute, which the Content-Security-Policy allows (a style attribute it refuses). */}
          <svg className="block h-4 w-full rounded-tremor-small bg-tremor-background-subtle" aria-hidden="true" focusable="false">
            <rect
              height="100%"
              rx="6"
              width={`${max ? (Math.abs(item.value ?? 0) / max) * 100 : 0}%`}
              className={item.highlight ? 'fill-teal-900' : 'fill-teal-600'}
            />
          </svg>
          <span className="text-right tabular-nums">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
