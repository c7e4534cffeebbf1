import type { IndicatorDetailResponse, LineageEntry } from '@koers/api-contracts';
import { getMeasure } from '@koers/indicators';
import { formatDate } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { DataTable } from '../data-table';
import { ExampleDataTag } from '../example-data-tag';

const DOWNLOADS: { label: Record<Lang, string>; path: string; file: string }[] = [
  { label: { nl: 'CSV', en: 'CSV' }, path: '/api/v1/downloads/indicators.csv', file: 'koers-indicatoren.csv' },
  { label: { nl: 'Excel-CSV', en: 'Excel CSV' }, path: '/api/v1/downloads/indicators.csv?dialect=nl', file: 'koers-indicatoren-excel.csv' },
  { label: { nl: 'Arrow', en: 'Arrow' }, path: '/api/v1/downloads/indicators.arrow', file: 'koers-indicatoren.arrow' },
  { label: { nl: 'Parquet', en: 'Parquet' }, path: '/api/v1/downloads/indicators.parquet', file: 'koers-indicatoren.parquet' },
];

/** The distinct tables (and uploaded files) the indicator's figures come from. */
function lineageTables(lineage: readonly LineageEntry[]): LineageEntry[] {
  const seen = new Map<string, LineageEntry>();
  for (const entry of lineage) {
    const key = `${entry.provider}|${entry.tableId}|${entry.key}|${entry.uploadedFile?.id ?? ''}|${entry.demo}`;
    const known = seen.get(key);
    if (!known || known.period < entry.period) seen.set(key, entry);
  }
  return [...seen.values()];
}

function DownloadButtons({ lang }: { lang: Lang }) {
  return (
    <ul className="flex flex-wrap gap-2" data-testid="downloads">
      {DOWNLOADS.map((d) => (
        <li key={d.path}>
          <a
            href={d.path}
            download={d.file}
            className="inline-block rounded-tremor-small border border-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-tremor-brand-emphasis hover:bg-teal-50"
          >
            ⬇ {d.label[lang]}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Definition, source, owner, lineage and downloads. */
export function AboutSection({ detail, lang }: { detail: IndicatorDetailResponse; lang: Lang }) {
  const t = dictionary(lang);
  const { indicator } = detail;
  const tables = lineageTables(detail.lineage);
  return (
    <section aria-labelledby="definitie" className="rounded-tremor-default border border-tremor-border bg-white p-4">
      <h2 id="definitie" className="text-tremor-title font-semibold">
        {t.indicator.definition}
      </h2>
      <p className="mt-2 text-tremor-default">{indicator.definition}</p>
      {indicator.directionNote && <p className="mt-1 text-tremor-default text-tremor-content-emphasis">{indicator.directionNote}</p>}
      {indicator.note && <p className="mt-1 text-tremor-default text-tremor-content-emphasis">{indicator.note}</p>}
      <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1 text-tremor-default">
        <dt className="font-medium">{t.indicator.source}</dt>
        <dd>{indicator.source}</dd>
        <dt className="font-medium">{t.indicator.owner}</dt>
        <dd>{indicator.owner}</dd>
      </dl>
      {detail.lastUpdated && (
        <p className="mt-2 text-tremor-default">
          {t.indicator.lastUpdated(formatDate(detail.lastUpdated.loadedAt, lang), formatDate(detail.lastUpdated.publishedAt, lang))}
        </p>
      )}
      {tables.length > 0 && (
        <div className="mt-3">
          <DataTable
            caption={t.indicator.lineage}
            numericFrom={99}
            headers={[
              lang === 'nl' ? 'Maat' : 'Measure',
              lang === 'nl' ? 'Bron' : 'Source',
              lang === 'nl' ? 'Tabel of bestand' : 'Table or file',
              lang === 'nl' ? 'Sleutel' : 'Key',
              lang === 'nl' ? 'Gepubliceerd' : 'Published',
            ]}
            rows={tables.map((entry) => [
              getMeasure(entry.measure)?.title[lang] ?? entry.measure,
              entry.provider,
              <span key="f" className="inline-flex flex-wrap items-center gap-1">
                {entry.uploadedFile?.name ?? entry.tableId}
                {entry.demo && <ExampleDataTag lang={lang} />}
              </span>,
              entry.key,
              formatDate(entry.publishedAt, lang),
            ])}
          />
        </div>
      )}
      <h3 className="mt-4 font-medium">{t.indicator.downloads}</h3>
      <div className="mt-2">
        <DownloadButtons lang={lang} />
      </div>
    </section>
  );
}
