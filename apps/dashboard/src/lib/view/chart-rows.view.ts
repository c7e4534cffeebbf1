import type { ComparisonSeries, IndicatorDetailResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { yearlyValues } from './series.view';

export interface ChartModel {
  readonly rows: { year: string; [series: string]: number | string | null }[];
  readonly categories: string[];
  readonly colors: string[];
  /** True when the series are shown as an index (counts compared with peers). */
  readonly indexed: boolean;
}

const PEER_COLORS = ['amber', 'rose', 'sky', 'violet', 'fuchsia', 'lime'];
const L = {
  target: { nl: 'Doelpad', en: 'Target path' },
  cumulative: { nl: 'Cumulatief sinds start', en: 'Cumulative since start' },
  lower: { nl: 'Ondergrens', en: 'Lower bound' },
  upper: { nl: 'Bovengrens', en: 'Upper bound' },
  provisional: { nl: 'Voorlopig', en: 'Provisional' },
};

/** Counts of places of very different size are compared as an index (first year with a value = 100). */
function indexRows(byYear: Map<number, Record<string, number | string | null>>, names: readonly string[]): void {
  const years = [...byYear.keys()].sort((a, b) => a - b);
  for (const name of names) {
    const base = years.map((y) => byYear.get(y)![name]).find((v): v is number => typeof v === 'number' && v !== 0);
    for (const y of years) {
      const v = byYear.get(y)![name];
      if (typeof v === 'number' && base) byYear.get(y)![name] = Math.round((v / base) * 1000) / 10;
    }
  }
  for (const row of byYear.values()) for (const key of Object.keys(row)) if (key !== 'year' && !names.includes(key)) delete row[key];
}

/**
 * The rows of the indicator chart: one per year, with the region's own values, the target path (for a cumulative
 * target the running total is drawn beside it, as the target is a total), provisional points as their own series
 * and, when asked, the peers and benchmarks.
 */
export function chartModel(detail: IndicatorDetailResponse, lang: Lang, peers: readonly ComparisonSeries[]): ChartModel {
  const own = detail.region.name ?? detail.region.code;
  const values = yearlyValues(detail.series);
  const byYear = new Map<number, { year: string; [series: string]: number | string | null }>();
  const row = (year: number) => {
    if (!byYear.has(year)) byYear.set(year, { year: String(year) });
    return byYear.get(year)!;
  };
  const categories = [own];
  const colors = ['teal'];
  for (const point of values) row(point.year)[own] = point.value;
  const basis = detail.trajectory[0]?.basis;
  if (detail.trajectory.length) {
    if (basis === 'band') {
      categories.push(L.lower[lang], L.upper[lang]);
      colors.push('gray', 'slate');
      for (const point of detail.trajectory) Object.assign(row(point.year), { [L.lower[lang]]: point.lower, [L.upper[lang]]: point.upper });
    } else {
      categories.push(L.target[lang]);
      colors.push('gray');
      for (const point of detail.trajectory) row(point.year)[L.target[lang]] = point.value;
    }
    if (basis === 'cumulative' && values.length) {
      categories.push(L.cumulative[lang]);
      colors.push('emerald');
      let total = 0;
      for (const point of values.filter((p) => p.year >= (detail.target?.baseYear ?? 0))) row(point.year)[L.cumulative[lang]] = total += point.value;
    }
  }
  if (values.some((p) => p.provisional)) {
    categories.push(L.provisional[lang]);
    colors.push('orange');
    for (const point of values.filter((p) => p.provisional)) row(point.year)[L.provisional[lang]] = point.value;
  }
  peers.forEach((peer, index) => {
    const name = peer.region.name ?? peer.region.code;
    categories.push(name);
    colors.push(PEER_COLORS[index % PEER_COLORS.length]!);
    for (const point of yearlyValues(peer.series)) row(point.year)[name] = point.value;
  });
  if (peers.length && detail.indicator.unit === 'count') indexRows(byYear, [own, ...peers.map((p) => p.region.name ?? p.region.code)]);
  const rows = [...byYear.entries()].sort(([a], [b]) => a - b).map(([, r]) => r);
  for (const r of rows) for (const c of categories) if (!(c in r)) r[c] = null;
  const indexed = peers.length > 0 && detail.indicator.unit === 'count';
  const shown = indexed ? categories.filter((c) => rows.some((r) => typeof r[c] === 'number')) : categories;
  return { rows, categories: shown, colors: colors.filter((_, i) => shown.includes(categories[i]!)), indexed };
}
