'use client';

import { LineChart } from '@tremor/react';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../lib/format/number.format';
import type { Lang } from '../lib/i18n/lang';

export interface ChartRow {
  readonly year: string;
  readonly [series: string]: number | string | null;
}

/**
 * The indicator's line chart (Tremor, client-side because Recharts measures the DOM). Provisional points are a
 * series of their own, so they show as separate dots with their own legend entry. The table beside it carries
 * the same figures for screen readers and keyboard users.
 */
// Tremor's own legend nests a <div> in its <ol> (an axe "list" violation), so the chart draws its own.
const SWATCH: Record<string, string> = {
  teal: '#14b8a6', gray: '#6b7280', slate: '#64748b', amber: '#f59e0b', rose: '#f43f5e', sky: '#0ea5e9',
  violet: '#8b5cf6', fuchsia: '#d946ef', lime: '#84cc16', emerald: '#10b981', orange: '#f97316',
};

export function IndicatorChart({ rows, categories, colors, unit, decimals, lang, label }: { rows: readonly ChartRow[]; categories: string[]; colors: string[]; unit: Unit; decimals: number; lang: Lang; label: string }) {
  return (
    <div aria-label={label} role="figure" data-testid="indicator-chart">
      <ul className="mb-2 flex flex-wrap justify-end gap-x-4 gap-y-1 text-tremor-label text-tremor-content-emphasis">
        {categories.map((category, index) => (
          <li key={category} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: SWATCH[colors[index] ?? 'gray'] }} />
            {category}
          </li>
        ))}
      </ul>
      <LineChart
        showLegend={false}
        className="h-72"
        data={rows as ChartRow[]}
        index="year"
        categories={categories}
        colors={colors}
        valueFormatter={(value: number) => formatValue(value, unit, decimals, lang)}
        yAxisWidth={72}
        connectNulls
        autoMinValue
        showAnimation={false}
      />
    </div>
  );
}
