import type { ApiIndexLink, ApiIndexResponse, ApiLanguage } from '@koers/api-contracts';
import { API_PREFIX } from '../api-prefix';
import { API_VERSION } from '../api-version';
import { xmlText } from '../common/xml-text';
import { OPENAPI_PATHS } from '../openapi/openapi';

const BASE = `/${API_PREFIX}`;

const TEXT = {
  nl: {
    title: 'Koers API',
    description:
      'Open data van Koers: indicatoren van de omgevingsvisie, hun voortgang en de cijfers waaruit ze komen. Lezen is openbaar; teksten in het Nederlands, met ?lang=en in het Engels.',
    links: {
      openapi: 'OpenAPI-document',
      docs: 'Documentatie om te proberen',
      catalog: 'DCAT-AP-NL-catalogus (JSON-LD, Turtle)',
      feed: 'Atom-feed van wijzigingen',
      downloads: 'Bulkdownloads',
      datapackage: 'Frictionless Data Package',
      health: 'Status van de API',
    },
  },
  en: {
    title: 'Koers API',
    description:
      'Open data of Koers: the indicators of the environmental vision, their progress and the figures they come from. Reading is public; texts in Dutch, in English with ?lang=en.',
    links: {
      openapi: 'OpenAPI document',
      docs: 'Documentation to try it out',
      catalog: 'DCAT-AP-NL catalogue (JSON-LD, Turtle)',
      feed: 'Atom feed of changes',
      downloads: 'Bulk downloads',
      datapackage: 'Frictionless Data Package',
      health: 'State of the API',
    },
  },
} as const;

const LINKS: Readonly<Record<keyof ApiIndexResponse['links'], { readonly href: string; readonly type: string }>> = {
  openapi: { href: OPENAPI_PATHS.document, type: 'application/json' },
  docs: { href: OPENAPI_PATHS.ui, type: 'text/html' },
  catalog: { href: `${BASE}/catalog`, type: 'application/ld+json' },
  feed: { href: `${BASE}/feeds/wijzigingen.atom`, type: 'application/atom+xml' },
  downloads: { href: `${BASE}/downloads`, type: 'application/json' },
  datapackage: { href: `${BASE}/downloads/datapackage.json`, type: 'application/json' },
  health: { href: `${BASE}/health`, type: 'application/json' },
};

/** The landing page's content: what the API is and a link to each of its parts. */
export function apiIndex(lang: ApiLanguage): ApiIndexResponse {
  const text = TEXT[lang];
  const links = Object.fromEntries(
    (Object.keys(LINKS) as (keyof typeof LINKS)[]).map((key): [string, ApiIndexLink] => [key, { ...LINKS[key], title: text.links[key] }]),
  ) as unknown as ApiIndexResponse['links'];
  return { title: text.title, description: text.description, version: API_VERSION, links };
}

/** The same as a page for a browser: no script, no style attribute, so the API's Content-Security-Policy holds. */
export function apiIndexHtml(index: ApiIndexResponse, lang: ApiLanguage): string {
  const items = Object.values(index.links).map(
    (link) => `<li><a href="${xmlText(link.href)}">${xmlText(link.title)}</a> <small>(${xmlText(link.type)})</small></li>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${xmlText(index.title)} ${xmlText(index.version)}</title></head>`,
    `<body><main><h1>${xmlText(index.title)} <small>${xmlText(index.version)}</small></h1>`,
    `<p>${xmlText(index.description)}</p>`,
    `<ul>${items.join('')}</ul></main></body>`,
    '</html>',
    '',
  ].join('\n');
}
