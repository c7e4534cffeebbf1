import type { MetadataRoute } from 'next';
import { publicOrigin } from '../lib/request/public-origin';

export const dynamic = 'force-dynamic';

/** /robots.txt: every public page may be indexed; not management, the embeds (their pages are indexed) or the API. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/beheer', '/en/beheer', '/embed/', '/en/embed/', '/api/'] }],
    sitemap: `${await publicOrigin()}/sitemap.xml`,
  };
}
