'use client';

import { LineChart } from '@tremor/react';
import type { Unit } from '@koers/indicators';
import { formatValue } from '../lib/format/number.format';
import type { Lang } from '../lib/i18n/lang';
import type { ChartRow } from './indicator-chart';

export interface LineChartProps {
  readonly rows: readonly ChartRow[];
  readonly categories: string[];
  readonly colors: string[];
  readonly unit: Unit;
  readonly decimals: number;
  readonly lang: Lang;
}

/** The plot of the indicator chart (client-side because Recharts measures the DOM); loaded lazily. */
export function IndicatorLineChart({ rows, categories, colors, unit, decimals, lang }: LineChartProps) {
  return (
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
  );
}
