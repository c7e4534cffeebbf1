import { FakeRequest, FakeResponse, FakeServerState, jsonResponse, notFound, queryList, rewriteHosts, xmlResponse } from './fake-cbs-context';
import { FakeV4Table, JsonObject } from './fake-cbs-tables';
import { FakeHttpError, FakeRowSource, arrayRows, checkFields, nextLink, pageRows, project } from './fake-odata-request';

/**
 * The v4 side of the fake: `/odata/v1/{Catalogs|Datasets}`, `/odata/v1/CBS/Datasets` and
 * `/odata/v1/CBS/{id}/…` with `@odata.context`, `@odata.count` and `@odata.nextLink` paging.
 */
export function handleV4(state: FakeServerState, req: FakeRequest): FakeResponse {
  const [, , first = '', second, third] = req.segments;
  const root = `${state.origin}/odata/v1`;
  if (first.toLowerCase() === 'catalogs') {
    return jsonResponse({ '@odata.context': `${root}/$metadata#Catalogs`, value: [{ Identifier: 'CBS', Title: 'CBS databank StatLine' }] });
  }
  if (first.toLowerCase() === 'datasets') return datasets(state, req, `${root}/$metadata#Datasets`);
  if (first.toLowerCase() !== 'cbs' || second === undefined) throw notFound(req.pathname, 'v4');
  if (second.toLowerCase() === 'datasets' && third === undefined) return datasets(state, req, `${root}/CBS/$metadata#Datasets`);
  const table = state.findV4(second);
  if (table === undefined) throw new FakeHttpError(404, `Dataset '${second}' not found`, 'v4');
  return tableRoute(state, req, table, third ?? '');
}

function tableRoute(state: FakeServerState, req: FakeRequest, table: FakeV4Table, entity: string): FakeResponse {
  const base = `${state.origin}/odata/v1/CBS/${table.id}`;
  const list = (name: string, items: readonly JsonObject[]): FakeResponse =>
    jsonResponse({ '@odata.context': `${base}/$metadata#${name}`, value: queryList(items.map((i) => rewriteHosts(i, state.origin)), req.query, 'v4') });
  const lower = entity.toLowerCase();
  if (lower === '') return serviceDocument(base, table);
  if (lower === '$metadata') return xmlResponse(`<?xml version="1.0" encoding="utf-8"?><edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" />`);
  if (lower === 'properties') return jsonResponse({ '@odata.context': `${base}/$metadata#Properties`, ...rewriteHosts(table.properties, state.origin) });
  if (lower === 'dimensions') return list('Dimensions', table.dimensions);
  if (lower === 'measurecodes') return list('MeasureCodes', table.measureCodes);
  if (lower === 'measuregroups') return list('MeasureGroups', table.measureGroups);
  if (lower === 'observations') return observations(state, req, table, base);
  const dim = Object.keys(table.codes).find((d) => lower === `${d.toLowerCase()}codes` || lower === `${d.toLowerCase()}groups`);
  if (dim === undefined) throw notFound(entity, 'v4');
  return lower.endsWith('codes') ? list(`${dim}Codes`, table.codes[dim]) : list(`${dim}Groups`, []);
}

function serviceDocument(base: string, table: FakeV4Table): FakeResponse {
  const sets = ['MeasureCodes', 'MeasureGroups', 'Dimensions', ...Object.keys(table.codes).flatMap((d) => [`${d}Groups`, `${d}Codes`]), 'Observations'];
  const value = [...sets.map((name) => ({ name, kind: 'EntitySet', url: name })), { name: 'Properties', kind: 'Singleton', url: 'Properties' }];
  return jsonResponse({ '@odata.context': `${base}/$metadata`, value });
}

function observationColumns(table: FakeV4Table): Set<string> {
  const dims = table.dimensions.map((d) => String(d.Identifier));
  return new Set(['Id', 'Measure', 'ValueAttribute', 'Value', 'StringValue', ...dims]);
}

function observations(state: FakeServerState, req: FakeRequest, table: FakeV4Table, base: string): FakeResponse {
  checkFields(req.query, observationColumns(table), 'v4');
  return paged(state, req, table.observations, `${base}/$metadata#Observations`, `/odata/v1/CBS/${table.id}/Observations`);
}

const DATASET_FIELDS = ['Identifier', 'Title', 'Description', 'Status', 'DatasetType', 'Language', 'Modified'];

function datasets(state: FakeServerState, req: FakeRequest, context: string): FakeResponse {
  const items = state.v4Catalog();
  // The Datasets entity has these properties whether or not any dataset is listed.
  checkFields(req.query, new Set([...DATASET_FIELDS, ...items.flatMap((i) => Object.keys(i))]), 'v4');
  return paged(state, req, arrayRows(items), context, req.pathname);
}

/** One page of `size` items from `$skip`, with `@odata.count` on request and a nextLink when more remain. */
function paged(state: FakeServerState, req: FakeRequest, source: FakeRowSource, context: string, path: string): FakeResponse {
  const { query } = req;
  const size = Math.min(state.v4PageSize, query.top ?? Number.POSITIVE_INFINITY);
  const page = pageRows(source, query.filter, query.skip, size, query.count);
  const value = page.rows.map((row) => project(row, query.select));
  const body: Record<string, unknown> = { '@odata.context': context };
  if (query.count) body['@odata.count'] = page.total;
  body.value = value;
  if (page.hasMore && (query.top === null || query.top > value.length)) {
    body['@odata.nextLink'] = nextLink(state.origin, path, query, query.skip + value.length, query.top === null ? null : query.top - value.length);
  }
  return jsonResponse(body);
}

/** A catalog entry as the Datasets list shows it, from a table's Properties. */
export function catalogEntryOf(table: FakeV4Table): JsonObject {
  const p = table.properties;
  return { Identifier: table.id, Description: p.Description ?? '', Language: p.Language ?? 'nl', Title: p.Title, Modified: p.Modified, Status: p.Status, DatasetType: p.DatasetType };
}
