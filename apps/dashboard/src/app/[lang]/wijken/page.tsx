import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { DataTable } from '../../../components/data-table';
import { WijkMap } from '../../../components/wijk-map';
import { getIndicatorRegions } from '../../../lib/api/indicators';
import { municipalityName } from '../../../lib/api/municipality';
import { formatPeriod } from '@koers/indicators';
import { formatValue } from '../../../lib/format/number.format';
import { dictionary } from '../../../lib/i18n/dictionary';
import { href } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: dictionary(lang).wijken.title(await municipalityName(lang)) };
}

export default async function WijkenPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  // Two requests at once. The municipality Koers monitors and its name are the API's, never written here; the
  // wijken are the API's too: the inhabitants per wijk list every wijk of that municipality.
  const [city, population] = await Promise.all([municipalityName(lang), getIndicatorRegions('population-total', 'wijk', lang)]);
  if (!population.ok) return <ApiUnavailable lang={lang} status={population.status} />;
  const values = [...population.data.regions].sort((a, b) => a.region.code.localeCompare(b.region.code));
  const period = population.data.period ? formatPeriod(population.data.period, lang) : '';
  const summary =
    lang === 'nl'
      ? `Kaart van de ${values.length} wijken van ${city}, gekleurd naar het aantal inwoners in ${period}.`
      : `Map of the ${values.length} districts of ${city}, coloured by population in ${period}.`;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-tremor-metric font-semibold">{t.wijken.title(city)}</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">{values.length > 0 ? t.wijken.intro : t.wijken.none(city)}</p>
      </header>
      {values.length > 0 && (
        <div className="grid gap-6 rounded-tremor-default border border-tremor-border bg-white p-4 lg:grid-cols-2">
          <DataTable
            caption={lang === 'nl' ? `Wijken en inwoners (${period})` : `Districts and population (${period})`}
            headers={[t.table.region, lang === 'nl' ? 'Inwoners' : 'Population']}
            rows={values.map((w) => [
              <a key={w.region.code} href={href(lang, `/wijken/${w.region.code}`)} className="underline">
                {w.region.name ?? w.region.code}
              </a>,
              formatValue(w.value, 'count', 0, lang),
            ])}
          />
          <div>
            <p className="mb-2 text-tremor-default">{summary}</p>
            <WijkMap
              regions={values}
              unit="count"
              decimals={0}
              lang={lang}
              summary={summary}
              linkWijk={(code) => href(lang, `/wijken/${code}`)}
            />
          </div>
        </div>
      )}
    </div>
  );
}
