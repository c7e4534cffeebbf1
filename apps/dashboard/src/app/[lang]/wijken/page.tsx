import type { Metadata } from 'next';
import { ApiUnavailable } from '../../../components/api-unavailable';
import { DataTable } from '../../../components/data-table';
import { WijkMap } from '../../../components/wijk-map';
import { getIndicatorRegions } from '../../../lib/api/indicators';
import { getRegions } from '../../../lib/api/regions';
import { formatPeriod } from '@koers/indicators';
import { formatValue } from '../../../lib/format/number.format';
import { dictionary } from '../../../lib/i18n/dictionary';
import { href } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: dictionary(await pageLang(params)).wijken.title };
}

export default async function WijkenPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  // Two requests at once. The municipality Koers monitors is the API's (its role), never a code written here; the
  // wijken are the API's too: the inhabitants per wijk list every wijk of that municipality.
  const [municipalities, population] = await Promise.all([getRegions(lang, { level: 'gemeente' }), getIndicatorRegions('population-total', 'wijk', lang)]);
  if (!population.ok) return <ApiUnavailable lang={lang} status={population.status} />;
  const city = (municipalities.ok ? municipalities.data.data.find((r) => r.role === 'municipality')?.name : null) ?? '';
  const values = [...population.data.regions].sort((a, b) => a.region.code.localeCompare(b.region.code));
  const period = population.data.period ? formatPeriod(population.data.period, lang) : '';
  const summary =
    lang === 'nl'
      ? `Kaart van de ${values.length} wijken van ${city}, gekleurd naar het aantal inwoners in ${period}.`
      : `Map of the ${values.length} districts of ${city}, coloured by population in ${period}.`;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-tremor-metric font-semibold">{t.wijken.title}</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">{t.wijken.intro}</p>
      </header>
      <div className="grid gap-6 rounded-tremor-default border border-tremor-border bg-white p-4 lg:grid-cols-2">
        <DataTable
          caption={lang === 'nl' ? `Wijken en inwoners (${period})` : `Districts and population (${period})`}
          headers={[t.table.region, lang === 'nl' ? 'Inwoners' : 'Population']}
          rows={values.map((w) => [
            <a key={w.region.code} href={href(lang, `/wijken/${w.region.code}`)} className="underline">{w.region.name ?? w.region.code}</a>,
            formatValue(w.value, 'count', 0, lang),
          ])}
        />
        <div>
          <p className="mb-2 text-tremor-default">{summary}</p>
          <WijkMap regions={values} unit="count" decimals={0} lang={lang} summary={summary} linkWijk={(code) => href(lang, `/wijken/${code}`)} />
        </div>
      </div>
    </div>
  );
}
