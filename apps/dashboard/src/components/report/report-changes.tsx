import type { ReportChangesResponse } from '@koers/api-contracts';
import { formatPeriod } from '@koers/indicators';
import { formatDate } from '../../lib/format/number.format';
import type { Lang } from '../../lib/i18n/lang';
import { href } from '../../lib/i18n/lang';
import { changeCounts, changesSummary, directionText, publishedNumberText } from '../../lib/view/report-edition.view';
import { DataTable } from '../data-table';
import { reportTexts } from './report-texts';

const CARD = 'space-y-2 rounded-tremor-default border border-tremor-border bg-white p-4';

function NameList({ items, empty }: { items: readonly { id: string; title: string }[]; empty: string }) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="list-disc pl-6">
      {items.map((i) => (
        <li key={i.id}>{i.title}</li>
      ))}
    </ul>
  );
}

/** What changed since the previous edition: statuses with their direction in words, revised figures, indicators, sources. */
export function ReportChanges({ changes, lang }: { changes: ReportChangesResponse; lang: Lang }) {
  const t = reportTexts(lang);
  if (changes.since === null)
    return (
      <p className={CARD} data-testid="changes-none">
        {t.noEdition}
      </p>
    );
  return (
    <div className="space-y-4" data-testid="report-changes">
      <p className="text-tremor-title font-medium">{changesSummary(changeCounts(changes), lang)}</p>
      <section className={CARD} aria-labelledby="status-changes">
        <h2 id="status-changes" className="text-tremor-title font-semibold">
          {t.statusChanges}
        </h2>
        {changes.statusChanges.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <DataTable
            caption={t.statusChanges}
            hideCaption
            numericFrom={99}
            headers={t.statusChangeHeaders}
            rows={changes.statusChanges.map((c) => [c.title, c.fromLabel, c.toLabel, directionText(c.direction, lang)])}
          />
        )}
      </section>
      <section className={CARD} aria-labelledby="revisions">
        <h2 id="revisions" className="text-tremor-title font-semibold">
          {t.revisions}
        </h2>
        {changes.revisions.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <DataTable
            caption={t.revisions}
            hideCaption
            numericFrom={2}
            leftColumns={[4, 5]}
            headers={t.revisionHeaders}
            rows={changes.revisions.map((r) => [
              r.title,
              formatPeriod(r.period, lang),
              publishedNumberText(r.previousValue, lang),
              publishedNumberText(r.value, lang),
              r.tableId,
              t.published(formatDate(r.previousPublishedAt, lang), formatDate(r.publishedAt, lang)),
            ])}
          />
        )}
      </section>
      <section className={CARD} aria-labelledby="added">
        <h2 id="added" className="text-tremor-title font-semibold">
          {t.added}
        </h2>
        <NameList items={changes.added} empty={t.none} />
      </section>
      <section className={CARD} aria-labelledby="dropped">
        <h2 id="dropped" className="text-tremor-title font-semibold">
          {t.dropped}
        </h2>
        <NameList items={changes.dropped} empty={t.none} />
      </section>
      <section className={CARD} aria-labelledby="new-sources">
        <h2 id="new-sources" className="text-tremor-title font-semibold">
          {t.newSources}
        </h2>
        <NameList items={changes.newSources.map((s) => ({ id: s, title: s }))} empty={t.none} />
      </section>
      <p className="no-print">
        <a
          className="text-tremor-brand-emphasis underline"
          href={href(lang, `/rapport/${changes.since.year}/editie/${changes.since.number}`)}
        >
          {t.edition(changes.since.number)} ({changes.since.year})
        </a>
      </p>
    </div>
  );
}
