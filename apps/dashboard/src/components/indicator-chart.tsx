import type { Unit } from '@koers/indicators';
import type { Lang } from '../lib/i18n/lang';
import { LazyLineChart } from './lazy-line-chart';

export interface ChartRow {
  readonly year: string;
  readonly [series: string]: number | string | null;
}

// Tremor's own legend nests a <div> in its <ol> (an axe "list" violation), so the chart draws its own.
const SWATCH: Record<string, string> = {
  teal: '#14b8a6', gray: '#6b7280', slate: '#64748b', amber: '#f59e0b', rose: '#f43f5e', sky: '#0ea5e9',
  violet: '#8b5cf6', fuchsia: '#d946ef', lime: '#84cc16', emerald: '#10b981', orange: '#f97316',
};

/**
 * The indicator's line chart. The figure, its label and the legend are rendered on the server; only the plot
 * (Tremor on Recharts, which measures the DOM) is loaded in the browser after the page, so it does not weigh on
 * the first load. Provisional points are a series of their own, so they show as separate dots with their own
 * legend entry. The table beside it carries the same figures for screen readers and keyboard users.
 */
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
      <LazyLineChart rows={rows} categories={categories} colors={colors} unit={unit} decimals={decimals} lang={lang} />
    </div>
  );
}
