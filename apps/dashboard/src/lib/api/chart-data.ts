import type { ChartDataFormat } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { type ChartView, chartViewQuery } from '../view/chart-view.view';

/**
 * GET /indicators/:id/chart-data for a view: the address the browser downloads the chart's figures from, through
 * the dashboard's /api forwarder. `peers` are the codes of the regions the chart shows beside its own.
 */
export function chartDataHref(id: string, view: ChartView, peers: readonly string[], format: ChartDataFormat, lang: Lang): string {
  const extra: Record<string, string> = { format, ...(lang === 'en' ? { lang } : {}) };
  return `/api/v1/indicators/${encodeURIComponent(id)}/chart-data${chartViewQuery({ ...view, peers, display: 'chart' }, extra)}`;
}
