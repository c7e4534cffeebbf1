import type { ComparisonSeries, IndicatorDetailResponse, IndicatorRegionsResponse, RegionRef } from '@koers/api-contracts';
import { isCalendarDate } from '@koers/indicators';

// The view of an indicator chart, held in its address so a link shows exactly what its sender saw: the region, the
// regions beside it, the years, chart or table, and (pinned) the figures as published on a day. The same keys as the
// API's (`region`, `peers`, `from`, `to`, `asOf`), so a view passes on to GET /indicators/:id and its chart data.

/** How the figures are shown: as a chart (with the table folded under it) or as the table alone. */
export type ChartDisplay = 'chart' | 'table';

export interface ChartView {
  /** A CBS region code; null: the indicator's own region (the municipality, or its headline region). */
  readonly region: string | null;
  /** The regions shown beside it, or every one the indicator compares with. */
  readonly peers: readonly string[] | 'all';
  readonly from: number | null;
  readonly to: number | null;
  readonly display: ChartDisplay;
  /** The figures as published on this day (YYYY-MM-DD); null: as published now. */
  readonly asOf: string | null;
}

export const DEFAULT_VIEW: ChartView = { region: null, peers: [], from: null, to: null, display: 'chart', asOf: null };

/** A page's query as Next.js gives it: a key once, several times, or not at all. */
export type SearchParams = Readonly<Record<string, string | string[] | undefined>>;

const REGION_CODE = /^[A-Z]{2}[0-9A-Z]{2,14}$/;
const YEAR = /^(19|20)\d\d$|^2100$/;
/** As many as the API takes in `peers`. */
export const MAX_PEERS = 20;

function values(params: SearchParams, key: string): string[] {
  const raw = params[key];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return list
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function first(params: SearchParams, key: string): string | null {
  return values(params, key)[0] ?? null;
}

function year(params: SearchParams, key: string): number | null {
  const text = first(params, key);
  return text !== null && YEAR.test(text) ? Number(text) : null;
}

function peersOf(params: SearchParams): ChartView['peers'] {
  const list = values(params, 'peers');
  // `peers=1` is how the page's comparison toggle wrote "all" before the view had a list; old links keep working.
  if (list.includes('all') || list.includes('1')) return 'all';
  return [...new Set(list.filter((code) => REGION_CODE.test(code)))].slice(0, MAX_PEERS);
}

/**
 * The view a query asks for. What cannot be read is left at its default rather than refused, so an edited or
 * shortened link still opens the page: a malformed region or year is ignored, years given the wrong way round are
 * swapped, and a day that does not exist or lies after `today` (YYYY-MM-DD) means "as published now".
 */
export function readChartView(params: SearchParams, today: string): ChartView {
  const region = first(params, 'region');
  const [from, to] = [year(params, 'from'), year(params, 'to')];
  const swap = from !== null && to !== null && from > to;
  const asOf = first(params, 'asOf');
  return {
    region: region !== null && REGION_CODE.test(region) ? region : null,
    peers: peersOf(params),
    from: swap ? to : from,
    to: swap ? from : to,
    display: first(params, 'view') === 'table' ? 'table' : 'chart',
    asOf: asOf !== null && isCalendarDate(asOf) && asOf <= today ? asOf : null,
  };
}

/** The query of a view: only what differs from the default, in a fixed order, so one view has one address. */
export function chartViewQuery(view: ChartView, extra: Readonly<Record<string, string>> = {}): string {
  const search = new URLSearchParams();
  if (view.region !== null) search.set('region', view.region);
  if (view.peers === 'all' || view.peers.length > 0) search.set('peers', view.peers === 'all' ? 'all' : view.peers.join(','));
  if (view.from !== null) search.set('from', String(view.from));
  if (view.to !== null) search.set('to', String(view.to));
  if (view.display === 'table') search.set('view', 'table');
  if (view.asOf !== null) search.set('asOf', view.asOf);
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const text = search.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** The comparison series the view shows, in the order the API lists them; those without figures are left out. */
export function shownComparisons(comparisons: readonly ComparisonSeries[], view: ChartView): ComparisonSeries[] {
  const shown = (code: string) => view.peers === 'all' || view.peers.includes(code);
  return comparisons.filter((c) => c.series.length > 0 && shown(c.region.code));
}

/** A URL's query as a page's search parameters (a key given more than once keeps every value). */
export function searchParamsOf(search: URLSearchParams): SearchParams {
  const params: Record<string, string[]> = {};
  for (const [key, value] of search) (params[key] ??= []).push(value);
  return params;
}

/**
 * The regions a view can show the chart for: the indicator's own (what the view shows when it names none) and,
 * when the indicator has wijk figures, its wijken. The own region is the answer's when the view names none, else the
 * headline wijk or the municipality the answer compares with.
 */
export function regionChoices(
  detail: IndicatorDetailResponse,
  view: ChartView,
  wijken: IndicatorRegionsResponse | null,
): { own: RegionRef; wijken: RegionRef[] } {
  const withFigures = wijken !== null && wijken.regions.some((r) => r.value !== null) ? wijken.regions.map((r) => r.region) : [];
  const primary = detail.indicator.primaryRegion;
  const municipality = detail.comparisons.find((c) => c.role === 'municipality')?.region;
  const own = view.region === null ? detail.region : primary !== null ? withFigures.find((w) => w.code === primary) : municipality;
  return {
    own: own ?? { code: primary ?? detail.region.code, name: null, level: null },
    wijken: withFigures.filter((w) => w.code !== primary),
  };
}
