import type { Freshness, SourceListResponse } from '@koers/api-contracts';
import { formatDate } from '../lib/format/number.format';
import type { Lang } from '../lib/i18n/lang';

const LABEL: Record<Freshness, Record<Lang, string>> = {
  fresh: { nl: 'actueel', en: 'up to date' },
  due: { nl: 'nieuwe cijfers verwacht', en: 'new figures due' },
  overdue: { nl: 'achterstallig', en: 'overdue' },
  unknown: { nl: 'ritme onbekend', en: 'schedule unknown' },
  discontinued: { nl: 'gestopt', en: 'discontinued' },
  not_loaded: { nl: 'niet geladen', en: 'not loaded' },
};

export function freshnessLabel(freshness: Freshness, lang: Lang): string {
  return LABEL[freshness][lang];
}

/** One line on how current the figures are, from GET /sources. */
export function FreshnessLine({ sources, lang }: { sources: SourceListResponse; lang: Lang }) {
  const tables = sources.data.flatMap((source) => source.tables);
  const last =
    tables
      .map((table) => table.lastSuccessfulRun?.finishedAt ?? '')
      .sort()
      .at(-1) ?? null;
  const counts = new Map<Freshness, number>();
  for (const table of tables) counts.set(table.freshness, (counts.get(table.freshness) ?? 0) + 1);
  const parts = [...counts.entries()].map(([freshness, count]) => `${count} ${freshnessLabel(freshness, lang)}`);
  return (
    <p className="text-tremor-default text-tremor-content-emphasis" data-testid="freshness">
      {lang === 'nl' ? 'Cijfers laatst geladen op ' : 'Figures last loaded on '}
      <strong>{formatDate(last, lang)}</strong>
      {lang === 'nl' ? ` · bronnentabellen: ${parts.join(', ')}.` : ` · source tables: ${parts.join(', ')}.`}
    </p>
  );
}
