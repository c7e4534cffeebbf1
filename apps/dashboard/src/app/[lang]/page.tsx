import { AmbitionCard } from '../../components/ambition-card';
import { ApiUnavailable } from '../../components/api-unavailable';
import { FreshnessLine } from '../../components/freshness-line';
import { getAmbitions } from '../../lib/api/ambitions';
import { municipalityName } from '../../lib/api/municipality';
import { getSources } from '../../lib/api/sources';
import { dictionary } from '../../lib/i18n/dictionary';
import { pageLang } from '../../lib/i18n/page-lang';

export const dynamic = 'force-dynamic';

export default async function HomePage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await pageLang(params);
  const t = dictionary(lang);
  // Two requests: every card's figures, sparkline and status come with the ambitions (GET /ambitions); the name is
  // the one the layout asked for in this render.
  const [ambitions, sources, name] = await Promise.all([getAmbitions(lang), getSources(lang), municipalityName(lang)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-tremor-metric font-semibold">{t.home.title(name)}</h1>
        <p className="mt-2 max-w-3xl text-tremor-content-emphasis">{t.home.intro(name)}</p>
        {sources.ok && (
          <div className="mt-2">
            <FreshnessLine sources={sources.data} lang={lang} />
          </div>
        )}
      </div>
      {ambitions.ok ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {ambitions.data.data.map((ambition) => (
            <AmbitionCard key={ambition.id} ambition={ambition} lang={lang} />
          ))}
        </div>
      ) : (
        <ApiUnavailable lang={lang} status={ambitions.status} />
      )}
    </div>
  );
}
