import type { LocalizedText } from '@koers/indicators';
import { DataFactory, type Quad, type Quad_Object, Writer } from 'n3';

/** The vocabularies of the catalogue, by their usual prefixes: the one home of the namespaces. */
export const PREFIXES = {
  adms: 'http://www.w3.org/ns/adms#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  locn: 'http://www.w3.org/ns/locn#',
  prov: 'http://www.w3.org/ns/prov#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** A compact IRI of one of the {@link PREFIXES}: `dct:title`. */
export type Curie = `${keyof typeof PREFIXES}:${string}`;

/** An object of a statement: another resource, or a literal with a language or a datatype. */
export type RdfTerm =
  { readonly iri: string } | { readonly text: string; readonly lang: 'nl' | 'en' } | { readonly value: string; readonly datatype: Curie };

/** A resource with its types and statements; `id` is an absolute IRI. */
export interface RdfNode {
  readonly id: string;
  readonly types: readonly Curie[];
  readonly properties: Readonly<Partial<Record<Curie, readonly RdfTerm[]>>>;
}

export const iri = (value: string): RdfTerm => ({ iri: value });
export const nl = (text: string): RdfTerm => ({ text, lang: 'nl' });
export const en = (text: string): RdfTerm => ({ text, lang: 'en' });
export const typed = (value: string, datatype: Curie): RdfTerm => ({ value, datatype });
/** A text in both languages. */
export const bilingual = (text: LocalizedText): RdfTerm[] => [nl(text.nl), en(text.en)];

export function expand(curie: Curie): string {
  const [prefix, local] = curie.split(':') as [keyof typeof PREFIXES, string];
  return `${PREFIXES[prefix]}${local}`;
}

function objectOf(term: RdfTerm): Quad_Object {
  if ('iri' in term) return DataFactory.namedNode(term.iri);
  if ('lang' in term) return DataFactory.literal(term.text, term.lang);
  return DataFactory.literal(term.value, DataFactory.namedNode(expand(term.datatype)));
}

/** Every statement of the graph as RDF/JS quads (the default graph). */
export function quadsOf(nodes: readonly RdfNode[]): Quad[] {
  const type = DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
  return nodes.flatMap((node) => {
    const subject = DataFactory.namedNode(node.id);
    return [
      ...node.types.map((t) => DataFactory.quad(subject, type, DataFactory.namedNode(expand(t)))),
      ...Object.entries(node.properties).flatMap(([predicate, terms]) =>
        (terms ?? []).map((term) => DataFactory.quad(subject, DataFactory.namedNode(expand(predicate as Curie)), objectOf(term))),
      ),
    ];
  });
}

/** The graph in Turtle, with the usual prefixes. */
export function toTurtle(nodes: readonly RdfNode[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(quadsOf(nodes));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

function jsonLdValue(term: RdfTerm): Record<string, string> {
  if ('iri' in term) return { '@id': term.iri };
  if ('lang' in term) return { '@value': term.text, '@language': term.lang };
  return { '@value': term.value, '@type': term.datatype };
}

/** The graph in JSON-LD: an inline context of the prefixes (no remote context to fetch), every node in `@graph`. */
export function toJsonLd(nodes: readonly RdfNode[]): { '@context': Record<string, string>; '@graph': Record<string, unknown>[] } {
  return {
    '@context': { ...PREFIXES },
    '@graph': nodes.map((node) => ({
      '@id': node.id,
      '@type': [...node.types],
      ...Object.fromEntries(Object.entries(node.properties).map(([predicate, terms]) => [predicate, (terms ?? []).map(jsonLdValue)])),
    })),
  };
}
