import type { ReactNode } from 'react';

/** A plain, accessible table: the alternative to every chart and map. */
export function DataTable({ caption, headers, rows, numericFrom = 1 }: { caption: string; headers: readonly string[]; rows: readonly (readonly ReactNode[])[]; numericFrom?: number }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-tremor-default">
        <caption className="mb-1 text-left font-medium text-tremor-content-emphasis">{caption}</caption>
        <thead>
          <tr>
            {headers.map((header, index) => (
              <th key={header} scope="col" className={`border-b border-tremor-border px-2 py-1 ${index >= numericFrom ? 'text-right' : 'text-left'}`}>
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
                  <td key={c} className={`px-2 py-1 ${c >= numericFrom ? 'text-right tabular-nums' : ''}`}>
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
