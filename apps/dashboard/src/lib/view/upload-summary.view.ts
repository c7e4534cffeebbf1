import type { UploadCountsView, UploadIndicatorView, UploadReplacedView, UploadResponse } from '@koers/api-contracts';
import { formatPeriod, isAnnualPeriod, periodYear } from '@koers/indicators';
import type { Lang } from '../i18n/lang';

/** The counts an upload's result shows, in this order. */
export type UploadCountKey = 'rows' | 'observations' | 'missing' | 'inserted' | 'unchanged';

/** What a checked or loaded file holds and changes, as the management page shows it. */
export interface UploadSummaryView {
  readonly counts: readonly { readonly key: UploadCountKey; readonly value: number }[];
  /** The file's periods in words: "2019–2024", or a list when they do not follow on. */
  readonly periods: string | null;
  readonly indicators: readonly UploadIndicatorView[];
  readonly notices: readonly string[];
  readonly replaces: UploadReplacedView | null;
}

/** Years that follow on one another become one range: [2019, 2020, 2021, 2023] → "2019–2021, 2023". */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const year of sorted) {
    const last = ranges.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else ranges.push([year, year]);
  }
  return ranges.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}

/** The periods of a file in words: years as ranges, other periods (quarters, months) one by one. */
export function periodsText(codes: readonly string[], lang: Lang): string | null {
  if (codes.length === 0) return null;
  if (codes.every(isAnnualPeriod)) return yearRanges(codes.map(periodYear));
  return codes.map((code) => formatPeriod(code, lang)).join(', ');
}

/** New and unchanged figures mean something only once a file is stored; a proefrun stores nothing. */
function shownCounts(counts: UploadCountsView | undefined, stored: boolean): UploadSummaryView['counts'] {
  if (!counts) return [];
  const keys: readonly UploadCountKey[] = stored
    ? ['rows', 'observations', 'missing', 'inserted', 'unchanged']
    : ['rows', 'observations', 'missing'];
  return keys.map((key) => ({ key, value: counts[key] }));
}

export function uploadSummary(response: UploadResponse, lang: Lang): UploadSummaryView {
  const stored = response.outcome === 'loaded' || response.outcome === 'already-loaded';
  return {
    counts: shownCounts(response.counts, stored),
    periods: periodsText(response.periods ?? [], lang),
    indicators: response.indicators ?? [],
    notices: response.notices.map((notice) => (lang === 'en' ? notice.message_en : notice.message)),
    replaces: response.replaces ?? null,
  };
}
