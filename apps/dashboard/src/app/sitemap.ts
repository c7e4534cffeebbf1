import type { MetadataRoute } from 'next';
import { getIndicators } from '../lib/api/indicators';
import { getRegions } from '../lib/api/regions';
import { getReportYears } from '../lib/api/reports';
import { publicOrigin } from '../lib/request/public-origin';
import { sitemapEntries } from '../lib/view/sitemap.view';

export const dynamic = 'force-dynamic';

/** The municipality's wijken: the API names the municipality (its role), its wijken are its children. */
async function wijken(): Promise<string[]> {
  const municipalities = await getRegions('nl', { level: 'gemeente' });
  const municipality = municipalities.ok ? municipalities.data.data.find((r) => r.role === 'municipality') : undefined;
  if (!municipality) return [];
  const list = await getRegions('nl', { level: 'wijk', parent: municipality.code });
  return list.ok ? list.data.data.map((r) => r.code) : [];
}

/** /sitemap.xml: every public page in both languages; without the API, the pages that need no data. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [indicators, codes, years] = await Promise.all([getIndicators('nl'), wijken(), getReportYears('nl')]);
  const list = indicators.ok ? indicators.data.data : [];
  return sitemapEntries(await publicOrigin(), {
    ambitions: [...new Set(list.map((i) => i.ambition))],
    indicators: list.map((i) => i.id),
    wijken: codes,
    reportYears: years.ok ? years.data.years.map((y) => y.year) : [],
  });
}
