// The one function of the npm `jsonld` library (no types of its own) the catalogue test uses.
declare module 'jsonld' {
  /** The RDF of a JSON-LD document as N-Quads; an inline context needs no network. */
  export function toRDF(document: object, options: { format: 'application/n-quads' }): Promise<string>;
}
