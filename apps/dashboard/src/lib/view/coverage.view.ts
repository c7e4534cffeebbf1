// How the coverage of an indicator is written on screen: links, sources and years. The reasons themselves are
// the API's sentences; nothing here decides what an indicator shows.

/**
 * Where a reason's link goes from a dashboard page. A StatLine page stays as it is; a relative link is an API
 * path (the upload template), reached through the dashboard's own /api forwarder.
 */
export function reasonHref(href: string): string {
  if (/^https?:\/\//i.test(href) || href.startsWith('/api/')) return href;
  return `/api/v1${href.startsWith('/') ? '' : '/'}${href}`;
}

/** Who publishes a provider's tables: `cbs-v3`, `cbs-v4` and `cbs` are all CBS. */
function publisher(provider: string): string {
  const p = provider.toLowerCase();
  if (p.startsWith('cbs')) return 'CBS';
  if (p.startsWith('rivm')) return 'RIVM';
  if (p.startsWith('municipal')) return 'gemeente';
  return provider;
}

/** A source reference `provider:tableId` as people read it: `cbs-v4:03759ned` → "CBS 03759ned". */
export function sourceLabel(source: string): string {
  const colon = source.indexOf(':');
  if (colon < 0) return source;
  return `${publisher(source.slice(0, colon))} ${source.slice(colon + 1)}`;
}

/**
 * Years as short runs: [2014, 2015, 2016, 2018, 2020] → "2014–2016, 2018, 2020". Two-yearly figures stay
 * single years, so they do not read as a yearly series.
 */
export function yearSpans(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const year of sorted) {
    const run = runs.at(-1);
    if (run && year === run[1] + 1) run[1] = year;
    else runs.push([year, year]);
  }
  // A run of two is written as two years: "2019, 2020" reads better than "2019–2020".
  return runs.flatMap(([a, b]) => (a === b ? [`${a}`] : b === a + 1 ? [`${a}`, `${b}`] : [`${a}–${b}`])).join(', ');
}
