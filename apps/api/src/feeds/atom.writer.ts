import { xmlText } from '../common/xml-text';

/** What an Atom entry says: one change of the data, a status, or an adopted edition. */
export interface AtomEntry {
  /** A permanent IRI of the change. */
  readonly id: string;
  readonly title: string;
  /** ISO 8601 with time zone. */
  readonly updated: string;
  readonly summary: string;
  /** Where to see the change (an absolute URL). */
  readonly link: string;
  readonly category: { readonly term: string; readonly label: string };
}

export interface AtomFeed {
  readonly id: string;
  readonly lang: 'nl' | 'en';
  readonly title: string;
  readonly subtitle: string;
  readonly updated: string;
  readonly self: string;
  readonly alternate: string;
  readonly author: { readonly name: string; readonly uri: string; readonly email: string };
  readonly rights: string;
  readonly entries: readonly AtomEntry[];
}

function element(name: string, text: string): string {
  return `<${name}>${xmlText(text)}</${name}>`;
}

function entryXml(entry: AtomEntry): string {
  return [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title)}`,
    `    ${element('updated', entry.updated)}`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`,
    `    <category term="${xmlText(entry.category.term)}" label="${xmlText(entry.category.label)}"/>`,
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** An Atom 1.0 document (RFC 4287). */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feed.updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    `  <author>${element('name', feed.author.name)}${element('uri', feed.author.uri)}${element('email', feed.author.email)}</author>`,
    `  ${element('rights', feed.rights)}`,
    '  <generator>Koers</generator>',
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n');
}
