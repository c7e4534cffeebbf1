'use client';

import type { ReportYearsResponse } from '@koers/api-contracts';
import { useEffect, useState } from 'react';

/**
 * The years that have a report, as links, asked from the browser when the page that needs them is shown: a
 * segment's not-found page is rendered with every page of the segment, and asking the API there would cost every
 * report page a request for a list it never shows.
 */
export function ReportYearLinks() {
  const [years, setYears] = useState<readonly number[]>([]);
  useEffect(() => {
    fetch('/api/v1/reports', { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<ReportYearsResponse>) : null))
      .then((body) => setYears(body?.years.map((y) => y.year) ?? []))
      .catch(() => setYears([]));
  }, []);
  if (years.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" data-testid="report-years">
      {years.map((year) => (
        <li key={year}>
          <a href={`/rapport/${year}`} className="inline-block rounded-tremor-small border border-tremor-border px-2.5 py-1 underline">
            {year}
          </a>
        </li>
      ))}
    </ul>
  );
}
