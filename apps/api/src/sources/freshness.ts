import type { Freshness } from '@koers/api-contracts';

const DAY_MS = 86_400_000;

/** Publication intervals in days, by CBS frequency wording (v3 `Perjaar`, v4 `Per jaar`) or plain English. */
const INTERVALS: readonly [RegExp, number][] = [
  [/^(pertweejaar|tweejaarlijks|biennial)$/, 730],
  [/^(perhalfjaar|halfjaarlijks|semiannual)$/, 182],
  [/^(perjaar|jaarlijks|yearly|annual)$/, 365],
  [/^(perkwartaal|kwartaal|quarterly)$/, 91],
  [/^(permaand|maandelijks|monthly)$/, 30],
  [/^(perweek|wekelijks|weekly)$/, 7],
  [/^(perdag|dagelijks|daily)$/, 1],
];

/** Days between releases, or null for `Onregelmatig`, `Eenmalig`, `Stopgezet` and unknown wordings. */
export function releaseIntervalDays(frequency: string | null): number | null {
  if (frequency === null) return null;
  const normalised = frequency.toLowerCase().replace(/\s+/g, '');
  return INTERVALS.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

export interface FreshnessInput {
  readonly frequency: string | null;
  readonly status: 'active' | 'discontinued' | null;
  /** The source's own Modified date; else the last successful run is the reference. */
  readonly sourceModified: Date | null;
  readonly lastSuccess: Date | null;
  readonly now: Date;
}

/**
 * Fresh until the next expected release (reference date + the frequency's interval), due for a grace period of a
 * quarter of the interval (at least 7 days) after it, overdue beyond.
 */
export function freshnessOf(input: FreshnessInput): { freshness: Freshness; nextExpectedRelease: Date | null } {
  if (input.status === 'discontinued') return { freshness: 'discontinued', nextExpectedRelease: null };
  const interval = releaseIntervalDays(input.frequency);
  const reference = input.sourceModified ?? input.lastSuccess;
  if (interval === null || reference === null) return { freshness: 'unknown', nextExpectedRelease: null };
  const next = new Date(reference.getTime() + interval * DAY_MS);
  const grace = Math.max(7, interval / 4) * DAY_MS;
  const now = input.now.getTime();
  const freshness: Freshness = now < next.getTime() ? 'fresh' : now < next.getTime() + grace ? 'due' : 'overdue';
  return { freshness, nextExpectedRelease: next };
}
