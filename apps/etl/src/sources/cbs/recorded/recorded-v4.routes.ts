import { ODataRequestError, RecordedRows, arrayRows, checkFields, nextLink, pageRows, project } from './odata-query';
import {
  RecordedAnswer,
  RecordedODataState,
  RecordedRequest,
  jsonAnswer,
  notFound,
  notRecorded,
  queryList,
  recorded,
  rewriteHosts,
  textAnswer,
} from './recorded-odata-context';
import { JsonObject, RecordedV4Table } from './recorded-cbs-tables';

/**
 * OData v4 answers from recorded tables: `{Catalogs|Datasets}`, `CBS/Datasets` and `CBS/{id}/…` under the v4
 * base URL, with `@odata.context`, `@odata.count` and `@odata.nextLink` paging.
 */
export function handleV4(state: RecordedODataState, req: RecordedRequest): RecordedAnswer {
  const [first = '', second, third] = req.segments;
  const root = state.baseUrls.v4BaseUrl;
  if (first.toLowerCase() === 'catalogs') {
    return jsonAnswer({ '@odata.context': `${root}/$metadata#Catalogs`, value: [{ Identifier: 'CBS', Title: 'CBS databank StatLine' }] });
  }
  if (first.toLowerCase() === 'datasets') return datasets(state, req, `${root}/$metadata#Datasets`, '/Datasets');
  if (first.toLowerCase() !== 'cbs' || second === undefined) throw notFound(req.pathname, 'v4');
  if (second.toLowerCase() === 'datasets' && third === undefined)
    return datasets(state, req, `${root}/CBS/$metadata#Datasets`, '/CBS/Datasets');
  const table = state.tables.v4(second);
  if (table === undefined) throw new ODataRequestError(404, `Dataset '${second}' not found`, 'v4');
  return tableRoute(state, req, table, third ?? '');
}

const EMPTY_EDMX =
  '<?xml version="1.0" encoding="utf-8"?><edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" />';

function tableRoute(state: RecordedODataState, req: RecordedRequest, table: RecordedV4Table, entity: string): RecordedAnswer {
  const base = `${state.baseUrls.v4BaseUrl}/CBS/${table.id}`;
  const list = (name: string, items: readonly JsonObject[]): RecordedAnswer =>
    jsonAnswer({
      '@odata.context': `${base}/$metadata#${name}`,
      value: queryList(
        items.map((i) => rewriteHosts(i, state.baseUrls)),
        req.query,
        'v4',
      ),
    });
  const lower = entity.toLowerCase();
  if (lower === '') return serviceDocument(base, table);
  if (lower === '$metadata') return textAnswer(EMPTY_EDMX, 'application/xml; charset=utf-8');
  if (lower === 'properties')
    return jsonAnswer({ '@odata.context': `${base}/$metadata#Properties`, ...rewriteHosts(table.properties, state.baseUrls) });
  if (lower === 'dimensions') return list('Dimensions', table.dimensions);
  if (lower === 'measurecodes') return list('MeasureCodes', table.measureCodes);
  if (lower === 'measuregroups') return list('MeasureGroups', recorded(table.measureGroups, `${table.id}/MeasureGroups`, 'v4'));
  if (lower === 'observations') return observations(state, req, table, base);
  const dim = Object.keys(table.codes).find((d) => lower === `${d.toLowerCase()}codes` || lower === `${d.toLowerCase()}groups`);
  if (dim === undefined) throw notFound(entity, 'v4');
  if (lower.endsWith('groups')) throw notRecorded(`${table.id}/${dim}Groups`, 'v4');
  return list(`${dim}Codes`, table.codes[dim] ?? []);
}

function serviceDocument(base: string, table: RecordedV4Table): RecordedAnswer {
  const sets = [
    'MeasureCodes',
    'MeasureGroups',
    'Dimensions',
    ...Object.keys(table.codes).flatMap((d) => [`${d}Groups`, `${d}Codes`]),
    'Observations',
  ];
  const value = [
    ...sets.map((name) => ({ name, kind: 'EntitySet', url: name })),
    { name: 'Properties', kind: 'Singleton', url: 'Properties' },
  ];
  return jsonAnswer({ '@odata.context': `${base}/$metadata`, value });
}

function observationColumns(table: RecordedV4Table): Set<string> {
  const dims = table.dimensions.map((d) => String(d.Identifier));
  return new Set(['Id', 'Measure', 'ValueAttribute', 'Value', 'StringValue', ...dims]);
}

function observations(state: RecordedODataState, req: RecordedRequest, table: RecordedV4Table, base: string): RecordedAnswer {
  checkFields(req.query, observationColumns(table), 'v4');
  return paged(state, req, table.observations, `${base}/$metadata#Observations`, `/CBS/${table.id}/Observations`);
}

const DATASET_FIELDS = ['Identifier', 'Title', 'Description', 'Status', 'DatasetType', 'Language', 'Modified'];

function datasets(state: RecordedODataState, req: RecordedRequest, context: string, path: string): RecordedAnswer {
  const items = state.tables.v4Catalog();
  // The Datasets entity has these properties whether or not any dataset is listed.
  checkFields(req.query, new Set([...DATASET_FIELDS, ...items.flatMap((i) => Object.keys(i))]), 'v4');
  return paged(state, req, arrayRows(items), context, path);
}

/** One page of `size` items from `$skip`, with `@odata.count` on request and a nextLink when more remain. */
function paged(state: RecordedODataState, req: RecordedRequest, source: RecordedRows, context: string, path: string): RecordedAnswer {
  const { query } = req;
  const size = Math.min(state.v4PageSize, query.top ?? Number.POSITIVE_INFINITY);
  const page = pageRows(source, query.filter, query.skip, size, query.count);
  const value = page.rows.map((row) => project(row, query.select));
  const body: Record<string, unknown> = { '@odata.context': context };
  if (query.count) body['@odata.count'] = page.total;
  body.value = value;
  if (page.hasMore && (query.top === null || query.top > value.length)) {
    body['@odata.nextLink'] = nextLink(
      state.baseUrls.v4BaseUrl,
      path,
      query,
      query.skip + value.length,
      query.top === null ? null : query.top - value.length,
    );
  }
  return jsonAnswer(body);
}
