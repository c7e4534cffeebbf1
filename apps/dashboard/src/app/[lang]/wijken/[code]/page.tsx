import type { Metadata } from 'next';
import { notFoundOrUnavailable } from '../../../../components/api-unavailable';
import { ProfileTable } from '../../../../components/wijk/profile-table';
import { wijkTexts } from '../../../../components/wijk/wijk-texts';
import { WijkMiniMap } from '../../../../components/wijk-mini-map';
import { municipalityName } from '../../../../lib/api/municipality';
import { getRegion, getRegionProfile } from '../../../../lib/api/regions';
import { dictionary } from '../../../../lib/i18n/dictionary';
import { href } from '../../../../lib/i18n/lang';
import { pageLang } from '../../../../lib/i18n/page-lang';
import { pageTitle } from '../../../../lib/i18n/page-title';
import { profileGroups } from '../../../../lib/view/wijk-profile.view';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const [region, city] = await Promise.all([getRegion((await params).code, lang), municipalityName(lang)]);
  return { title: pageTitle(region, (r) => wijkTexts(lang).profile(r.level, r.name), dictionary(lang).wijken.title(city)) };
}

/**
 * The profile of a wijk or buurt from GET /regions/:code/indicators (and the region itself, for its parent): every
 * indicator that exists at its level as a share or rate beside the municipality's, a mini-map, and the buurten.
 */
export default async function WijkPage({ params }: Props) {
  const lang = await pageLang(params);
  const t = wijkTexts(lang);
  const { code } = await params;
  const [profile, region] = await Promise.all([getRegionProfile(code, lang), getRegion(code, lang)]);
  if (!profile.ok) return notFoundOrUnavailable(lang, profile.status);
  const { municipality, children } = profile.data;
  const name = profile.data.region.name ?? code;
  const cityName = municipality.name ?? municipality.code;
  const parent = region.ok && region.data.parent && region.data.parent.level === 'wijk' ? region.data.parent : null;
  const groups = profileGroups(profile.data, lang);
  const buurten = children.filter((c) => c.level === 'buurt');
  return (
    <article className="space-y-6" data-testid="wijk-profile">
      <header className="grid gap-4 md:grid-cols-[minmax(0,1fr)_15rem]">
        <div>
          <p className="text-tremor-default">
            <a href={href(lang, parent ? `/wijken/${parent.code}` : '/wijken')} className="text-tremor-brand-emphasis underline">
              {t.back(parent?.name ?? dictionary(lang).wijken.title(cityName))}
            </a>
          </p>
          <h1 className="mt-1 text-tremor-metric font-semibold">{t.profile(profile.data.region.level, name)}</h1>
          <p className="mt-2 max-w-prose">{t.intro(name, cityName)}</p>
          <p className="mt-1 max-w-prose text-tremor-default text-tremor-content-emphasis">
            {t.legend(name, cityName)} {t.statusNote}
          </p>
        </div>
        <WijkMiniMap
          code={parent?.code ?? code}
          label={t.mapLabel(parent?.name ?? name, cityName)}
          linkWijk={(wijk) => href(lang, `/wijken/${wijk}`)}
        />
      </header>
      <div className="space-y-6 rounded-tremor-default border border-tremor-border bg-white p-4">
        {groups.length === 0 && <p>{t.none}</p>}
        {groups.map((group) => (
          <ProfileTable key={group.ambition} group={group} areaName={name} municipalityName={cityName} lang={lang} />
        ))}
      </div>
      {buurten.length > 0 && (
        <section
          aria-labelledby="buurten"
          className="space-y-2 rounded-tremor-default border border-tremor-border bg-white p-4"
          data-testid="buurten"
        >
          <h2 id="buurten" className="text-tremor-title font-semibold">
            {t.buurten}
          </h2>
          <p className="max-w-prose text-tremor-default">{t.buurtenIntro(buurten.length)}</p>
          <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {buurten.map((b) => (
              <li key={b.code}>
                <a href={href(lang, `/wijken/${b.code}`)} className="underline">
                  {b.name ?? b.code}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
