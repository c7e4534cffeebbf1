import type { LocalizedText } from '@koers/indicators';
import { ACCESS_PUBLIC, LANGUAGES, LICENCE_CC_BY_4, THEMES, mediaTypeIri } from './dcat-vocabularies';
import { type RdfNode, type RdfTerm, bilingual, iri, typed } from './rdf-graph';

/** One file of a dataset: a DCAT distribution. */
export interface CatalogFile {
  readonly title: LocalizedText;
  readonly url: string;
  readonly mediaType: string;
}

/** One dataset of the catalogue: a download, or a table Koers loaded. */
export interface CatalogDataset {
  /** The part of its IRI after `#`: `download-indicators`, `table-03759NED`. */
  readonly key: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly keywords: LocalizedText;
  /** First and last day its figures cover (YYYY-MM-DD), when it has figures. */
  readonly temporal: { readonly start: string; readonly end: string } | null;
  readonly frequency: string;
  /** When its figures last changed (ISO date-time). */
  readonly modified: string | null;
  /** `cbs`: made by Statistics Netherlands; `publisher`: by the municipality itself. */
  readonly creator: 'cbs' | 'publisher';
  /** The tables it comes from: a CBS table's StatLine page, or other datasets of this catalogue (their keys). */
  readonly derivedFrom: readonly ({ readonly url: string } | { readonly key: string })[];
  readonly files: readonly CatalogFile[];
}

export interface CatalogInput {
  /** The catalogue's own IRI (`https://…/api/v1/catalog`); datasets and agents are fragments of it. */
  readonly iri: string;
  readonly homepage: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly publisher: { readonly uri: string; readonly name: string };
  readonly contact: { readonly name: string; readonly email: string; readonly url: string };
  /** The municipality the figures are about, as a location: its region in the API. */
  readonly spatial: { readonly uri: string; readonly code: string; readonly name: string };
  readonly datasets: readonly CatalogDataset[];
}

const CBS = { name: 'Centraal Bureau voor de Statistiek', homepage: 'https://www.cbs.nl' };

/** The agents, contact point and location every dataset refers to. */
function sharedNodes(input: CatalogInput): RdfNode[] {
  const { contact, spatial, publisher } = input;
  return [
    { id: publisher.uri, types: ['foaf:Agent', 'foaf:Organization'], properties: { 'foaf:name': [{ text: publisher.name, lang: 'nl' }] } },
    {
      id: `${input.iri}#cbs`,
      types: ['foaf:Agent', 'foaf:Organization'],
      properties: { 'foaf:name': [{ text: CBS.name, lang: 'nl' }], 'foaf:homepage': [iri(CBS.homepage)] },
    },
    {
      id: `${input.iri}#contact`,
      types: ['vcard:Kind', 'vcard:Organization'],
      properties: {
        'vcard:fn': [typed(contact.name, 'xsd:string')],
        'vcard:hasEmail': [iri(`mailto:${contact.email}`)],
        'vcard:hasURL': [iri(contact.url)],
      },
    },
    {
      id: spatial.uri,
      types: ['dct:Location'],
      properties: { 'locn:geographicName': [{ text: spatial.name, lang: 'nl' }], 'dct:identifier': [typed(spatial.code, 'xsd:string')] },
    },
  ];
}

function keywordsOf(keywords: LocalizedText): RdfTerm[] {
  const split = (text: string, lang: 'nl' | 'en'): RdfTerm[] => text.split(',').map((word) => ({ text: word.trim(), lang }));
  return [...split(keywords.nl, 'nl'), ...split(keywords.en, 'en')];
}

function datasetNodes(input: CatalogInput, dataset: CatalogDataset): RdfNode[] {
  const id = `${input.iri}#${dataset.key}`;
  const files: RdfNode[] = dataset.files.map((file, index) => ({
    id: `${id}-${index + 1}`,
    types: ['dcat:Distribution'],
    properties: {
      'dct:title': bilingual(file.title),
      'dcat:accessURL': [iri(file.url)],
      'dcat:downloadURL': [iri(file.url)],
      'dcat:mediaType': [iri(mediaTypeIri(file.mediaType))],
      'dct:license': [iri(LICENCE_CC_BY_4)],
    },
  }));
  const temporal: RdfNode[] = dataset.temporal
    ? [
        {
          id: `${id}-period`,
          types: ['dct:PeriodOfTime'],
          properties: {
            'dcat:startDate': [typed(dataset.temporal.start, 'xsd:date')],
            'dcat:endDate': [typed(dataset.temporal.end, 'xsd:date')],
          },
        },
      ]
    : [];
  const derived = dataset.derivedFrom.map((source) => iri('url' in source ? source.url : `${input.iri}#${source.key}`));
  const node: RdfNode = {
    id,
    types: ['dcat:Dataset'],
    properties: {
      'dct:identifier': [typed(id, 'xsd:string')],
      'dct:title': bilingual(dataset.title),
      'dct:description': bilingual(dataset.description),
      'dcat:keyword': keywordsOf(dataset.keywords),
      'dcat:theme': [iri(THEMES.regions), iri(THEMES.society)],
      'dct:publisher': [iri(input.publisher.uri)],
      'dct:creator': [iri(dataset.creator === 'cbs' ? `${input.iri}#cbs` : input.publisher.uri)],
      'dcat:contactPoint': [iri(`${input.iri}#contact`)],
      'dct:accessRights': [iri(ACCESS_PUBLIC)],
      'dct:language': [iri(LANGUAGES.nl)],
      'dct:spatial': [iri(input.spatial.uri)],
      'dct:accrualPeriodicity': [iri(dataset.frequency)],
      ...(temporal.length > 0 ? { 'dct:temporal': [iri(temporal[0]!.id)] } : {}),
      ...(dataset.modified ? { 'dct:modified': [typed(dataset.modified, 'xsd:dateTime')] } : {}),
      ...(derived.length > 0 ? { 'prov:wasDerivedFrom': derived } : {}),
      'dcat:distribution': files.map((file) => iri(file.id)),
    },
  };
  return [node, ...temporal, ...files];
}

/** The DCAT-AP-NL 3.0 catalogue of Koers as an RDF graph: the catalogue, its datasets and their distributions. */
export function catalogGraph(input: CatalogInput): RdfNode[] {
  const catalog: RdfNode = {
    id: input.iri,
    types: ['dcat:Catalog'],
    properties: {
      'dct:title': bilingual(input.title),
      'dct:description': bilingual(input.description),
      'dct:publisher': [iri(input.publisher.uri)],
      'dcat:contactPoint': [iri(`${input.iri}#contact`)],
      'foaf:homepage': [iri(input.homepage)],
      'dct:language': [iri(LANGUAGES.nl), iri(LANGUAGES.en)],
      'dct:license': [iri(LICENCE_CC_BY_4)],
      'dct:spatial': [iri(input.spatial.uri)],
      'dcat:dataset': input.datasets.map((dataset) => iri(`${input.iri}#${dataset.key}`)),
    },
  };
  return [catalog, ...sharedNodes(input), ...input.datasets.flatMap((dataset) => datasetNodes(input, dataset))];
}
