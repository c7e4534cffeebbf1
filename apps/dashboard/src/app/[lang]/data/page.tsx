import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { CoverageOverview } from '../../../components/coverage-overview';
import { DataTable } from '../../../components/data-table';
import { SourcesTable } from '../../../components/sources-table';
import { getCoverage } from '../../../lib/api/coverage';
import { getDownloads } from '../../../lib/api/downloads';
import { getIndicators } from '../../../lib/api/indicators';
import { query } from '../../../lib/api/query';
import { getSources } from '../../../lib/api/sources';
import { dictionary } from '../../../lib/i18n/dictionary';
import { href } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).data.title };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export default async function DataPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  const search = await searchParams;
  const ambitionFilter = one(search['ambitie']);
  const levelFilter = one(search['niveau']);
  // The coverage overview also names the ambitions, so the filter needs no call of its own.
  const [indicators, coverage, downloads, sources] = await Promise.all([getIndicators(lang), getCoverage(lang), getDownloads(lang), getSources(lang)]);
  if (!indicators.ok) return <ApiUnavailable lang={lang} status={indicators.status} />;
  const ambitionTitle = new Map((coverage.ok ? coverage.data.data : []).map((a) => [a.id, a.title]));
  const shown = indicators.data.data.filter((i) => (!ambitionFilter || i.ambition === ambitionFilter) && (!levelFilter || (i.levels as readonly string[]).includes(levelFilter)));
  const select = 'rounded-tremor-small border border-gray-400 bg-white px-2 py-1';
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-tremor-metric font-semibold">{t.data.title}</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">{t.data.intro}</p>
        <p className="mt-2 flex flex-wrap gap-3 text-tremor-default">
          <a href="/api/v1/docs" className="text-tremor-brand-emphasis underline">{t.data.apiLink} (OpenAPI)</a>
          <a href="/api/v1/downloads/datapackage.json" className="text-tremor-brand-emphasis underline">datapackage.json</a>
        </p>
      </header>
      <section aria-labelledby="catalogus" className="rounded-tremor-default border border-tremor-border bg-white p-4">
        <h2 id="catalogus" className="text-tremor-title font-semibold">{t.data.catalogue}</h2>
        <form method="get" className="mt-2 flex flex-wrap items-end gap-3 text-tremor-default" role="search">
          <label className="flex flex-col">
            {t.data.filterAmbition}
            <select name="ambitie" defaultValue={ambitionFilter} className={select}>
              <option value="">{t.data.all}</option>
              {[...ambitionTitle.entries()].map(([id, title]) => <option key={id} value={id}>{title}</option>)}
            </select>
          </label>
          <label className="flex flex-col">
            {t.data.filterLevel}
            <select name="niveau" defaultValue={levelFilter} className={select}>
              <option value="">{t.data.all}</option>
              {['gemeente', 'wijk', 'buurt'].map((level) => <option key={level} value={level}>{level}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-white">{t.data.filter}</button>
        </form>
        <div className="mt-3">
          <DataTable
            caption={`${shown.length} / ${indicators.data.data.length}`}
            numericFrom={99}
            headers={lang === 'nl' ? ['Indicator', 'Ambitie', 'Eenheid', 'Niveaus', 'Bron', 'API'] : ['Indicator', 'Ambition', 'Unit', 'Levels', 'Source', 'API']}
            rows={shown.map((i) => [
              <a key={i.id} href={href(lang, `/indicatoren/${i.id}`)} className="underline">{i.title}</a>,
              ambitionTitle.get(i.ambition) ?? i.ambition,
              i.unit,
              i.levels.join(', '),
              i.source,
              <a key="api" href={`/api/v1/indicators/${i.id}${query(lang)}`} className="underline">JSON<span className="sr-only"> {i.title}</span></a>,
            ])}
          />
        </div>
      </section>
      {coverage.ok && <CoverageOverview coverage={coverage.data} lang={lang} />}
      {downloads.ok && (
        <section aria-labelledby="bulk" className="rounded-tremor-default border border-tremor-border bg-white p-4">
          <h2 id="bulk" className="text-tremor-title font-semibold">{t.data.downloads}</h2>
          <ul className="mt-2 space-y-3">
            {downloads.data.data.map((d) => (
              <li key={d.id}>
                <h3 className="font-medium">{d.title}</h3>
                <p className="text-tremor-default text-tremor-content-emphasis">{d.description}</p>
                <p className="mt-1 flex flex-wrap gap-2">
                  {d.distributions.map((dist) => (
                    <a key={dist.url} href={dist.url} className="rounded-tremor-small border border-tremor-brand px-2 py-1 text-tremor-default text-tremor-brand-emphasis">
                      {dist.format.toUpperCase()}{dist.dialect === 'nl' ? ' (Excel)' : ''}<span className="sr-only"> {d.title}</span>
                    </a>
                  ))}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sources.ok && (
        <section className="rounded-tremor-default border border-tremor-border bg-white p-4">
          <SourcesTable sources={sources.data} lang={lang} caption={t.data.sources} />
        </section>
      )}
    </div>
  );
}
