import type { ReactNode } from 'react';

/**
 * A plain, accessible table: the alternative to every chart and map. Columns from `numericFrom` on are numbers
 * (right-aligned), except the `leftColumns` (text such as notes). `hideCaption` when a heading right above says it.
 */
export function DataTable({
  caption,
  headers,
  rows,
  numericFrom = 1,
  leftColumns = [],
  hideCaption = false,
}: {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  numericFrom?: number;
  leftColumns?: readonly number[];
  hideCaption?: boolean;
}) {
  const numeric = (index: number) => index >= numericFrom && !leftColumns.includes(index);
  return (
    // On a narrow screen a wide table scrolls sideways: the scrolling box takes keyboard focus, so it can be
    // scrolled without a mouse (WCAG 2.1.1).
    <div
      className="overflow-x-auto focus-visible:outline focus-visible:outline-2 focus-visible:outline-teal-700"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full border-collapse text-tremor-default">
        <caption className={hideCaption ? 'sr-only' : 'mb-1 text-left font-medium text-tremor-content-emphasis'}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th
                key={header}
                scope="col"
                className={`border-b border-tremor-border px-2 py-1 ${numeric(index) ? 'text-right' : 'text-left'}`}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className="odd:bg-gray-50">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-1 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={`px-2 py-1 ${numeric(c) ? 'text-right tabular-nums' : ''}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
