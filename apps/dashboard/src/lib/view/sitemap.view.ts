import type { MetadataRoute } from 'next';
import { href } from '../i18n/lang';

/** What the sitemap lists besides the fixed pages: what the API says exists. */
export interface SiteContents {
  readonly ambitions: readonly string[];
  readonly indicators: readonly string[];
  readonly wijken: readonly string[];
  readonly reportYears: readonly number[];
}

/** The pages every site has, whatever the data. */
export const FIXED_PAGES = ['/', '/wijken', '/rapport', '/data', '/toegankelijkheidsverklaring'] as const;

/**
 * Every public page in Dutch with its English version beside it (hreflang), as a search engine or an accessibility
 * check should find them. Not the management pages, the embeds or the API.
 */
export function sitemapEntries(origin: string, contents: SiteContents): MetadataRoute.Sitemap {
  const paths = [
    ...FIXED_PAGES,
    ...contents.ambitions.map((id) => `/ambities/${id}`),
    ...contents.indicators.map((id) => `/indicatoren/${id}`),
    ...contents.wijken.map((code) => `/wijken/${code}`),
    ...contents.reportYears.map((year) => `/rapport/${year}`),
  ];
  return paths.map((path) => ({
    url: `${origin}${href('nl', path)}`,
    alternates: { languages: { nl: `${origin}${href('nl', path)}`, en: `${origin}${href('en', path)}` } },
  }));
}
