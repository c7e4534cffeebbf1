import type { SourceListResponse } from '@koers/api-contracts';
import { formatDate } from '../lib/format/number.format';
import type { Lang } from '../lib/i18n/lang';
import { DataTable } from './data-table';
import { freshnessLabel } from './freshness-line';

/** Every source table with its freshness, in words (not colour). */
export function SourcesTable({ sources, lang, caption }: { sources: SourceListResponse; lang: Lang; caption: string }) {
  const nl = lang === 'nl';
  return (
    <DataTable
      caption={caption}
      numericFrom={99}
      headers={
        nl
          ? ['Tabel', 'Bron', 'Actualiteit', 'Laatst geladen', 'Volgende publicatie']
          : ['Table', 'Source', 'Freshness', 'Last loaded', 'Next release']
      }
      rows={sources.data.flatMap((source) =>
        source.tables.map((table) => [
          `${table.tableId}${table.title ? ` — ${table.title}` : ''}`,
          source.title,
          freshnessLabel(table.freshness, lang),
          formatDate(table.lastSuccessfulRun?.finishedAt, lang),
          formatDate(table.nextExpectedRelease, lang),
        ]),
      )}
    />
  );
}
