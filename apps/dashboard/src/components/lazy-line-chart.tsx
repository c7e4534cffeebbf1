'use client';

import dynamic from 'next/dynamic';

/**
 * The indicator plot, loaded after the page: Tremor and Recharts are most of the indicator page's JavaScript.
 * Until it arrives a box of the plot's height keeps the layout still; the summary sentence and the table
 * alternative are server-rendered beside it, so nothing is lost without it.
 */
export const LazyLineChart = dynamic(() => import('./indicator-line-chart').then((module) => module.IndicatorLineChart), {
  ssr: false,
  loading: () => <div aria-hidden="true" data-testid="chart-placeholder" className="h-72 rounded-tremor-default bg-tremor-background-subtle motion-safe:animate-pulse" />,
});
