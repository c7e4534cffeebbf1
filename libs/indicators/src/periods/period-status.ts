/**
 * How final a published figure is. CBS marks periods as provisional (`*` on StatLine, `Voorlopig` in OData) or
 * revised provisional (`**`, `NaderVoorlopig`); everything else is definitive.
 */
export const PERIOD_STATUSES = ['provisional', 'revised-provisional', 'definitive'] as const;

/** One of {@link PERIOD_STATUSES}. */
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/**
 * Maps a CBS period Status (v3 `Perioden.Status`, v4 `PeriodenCodes.Status`) onto the three states. Accepts the
 * spellings seen: 'Definitief', 'Voorlopig', 'NaderVoorlopig', 'Nader voorlopig', and English. Returns null for
 * anything else, so the caller can reject rather than guess.
 */
export function mapPeriodStatus(raw: string | null | undefined): PeriodStatus | null {
  if (raw === null || raw === undefined) return null;
  const normal = raw.toLowerCase().replace(/[\s_-]+/g, '');
  switch (normal) {
    case 'definitief':
    case 'definitive':
    case 'final':
      return 'definitive';
    case 'voorlopig':
    case 'provisional':
      return 'provisional';
    case 'nadervoorlopig':
    case 'revisedprovisional':
      return 'revised-provisional';
    default:
      return null;
  }
}

/** StatLine marks provisional periods in titles: `2024*` provisional, `2024**` revised provisional. */
export function periodStatusFromTitle(title: string | null | undefined): PeriodStatus | null {
  if (title === null || title === undefined) return null;
  const text = title.trim();
  if (text.endsWith('**')) return 'revised-provisional';
  if (text.endsWith('*')) return 'provisional';
  return null;
}

/** The Status field wins; the title suffix is the fallback. */
export function resolvePeriodStatus(status: string | null | undefined, title: string | null | undefined): PeriodStatus | null {
  return mapPeriodStatus(status) ?? periodStatusFromTitle(title);
}
