import { FakeRequest, FakeResponse, FakeServerState, jsonResponse, notFound, queryList, rewriteHosts, xmlResponse } from './fake-cbs-context';
import { FakeV3Table, JsonObject } from './fake-cbs-tables';
import { FakeHttpError, FakeRowSource, arrayRows, checkFields, nextLink, pageRows, project } from './fake-odata-request';

/**
 * The v3 side of the fake: `/ODataApi|ODataFeed/odata/{id}/…` and `/ODataCatalog/…`, with CBS's envelopes
 * (`odata.metadata`, `value`, `odata.nextLink`), ODataFeed paging and the ODataApi refusal of large results.
 */
const FIXED_SETS = ['TableInfos', 'UntypedDataSet', 'TypedDataSet', 'DataProperties', 'CategoryGroups'];

/** The message CBS users report for an ODataApi result over the limit (HTTP 500). */
export const V3_CELL_LIMIT_MESSAGE = 'query returns more than 10000 records';

type Service = 'ODataApi' | 'ODataFeed';

function envelope(metadata: string, value: unknown[], next?: string): FakeResponse {
  return jsonResponse(next === undefined ? { 'odata.metadata': metadata, value } : { 'odata.metadata': metadata, value, 'odata.nextLink': next });
}

export function handleV3(state: FakeServerState, req: FakeRequest): FakeResponse {
  const [root = '', odata = '', id, ...rest] = req.segments;
  const service = serviceOf(root);
  if (root.toLowerCase() === 'odatacatalog') return catalog(state, req, odata === '' ? undefined : odata);
  if (service === null || odata.toLowerCase() !== 'odata' || id === undefined) throw notFound(req.pathname, 'v3');
  const table = state.findV3(id);
  if (table === undefined) throw new FakeHttpError(404, `Table '${id}' not found`, 'v3');
  const base = `${state.origin}/${service}/OData/${table.id}`;
  const [entity = '', sub] = rest;
  const set = (name: string, items: readonly JsonObject[]): FakeResponse =>
    envelope(`${base}/$metadata#Cbs.OData.WebAPI.${name}`, queryList(items, req.query, 'v3'));
  switch (entity.toLowerCase()) {
    case '': return serviceDocument(state, service, table);
    case '$metadata': return xmlResponse(edmx(table));
    case 'tableinfos': return set('TableInfos', [rewriteHosts(table.tableInfo, state.origin)]);
    case 'dataproperties': return set('DataProperties', table.dataProperties);
    case 'categorygroups': return set('CategoryGroups', table.categoryGroups);
    case 'typeddataset': return sub === '$count' ? countRows(table, req) : typedDataSet(state, req, service, table);
    case 'untypeddataset': throw new FakeHttpError(501, 'UntypedDataSet is not served by the fake CBS server', 'v3');
    default: return dimensionList(state, req, service, table, entity);
  }
}

/** A dimension's code list; the Feed pages it like any other entity set. */
function dimensionList(state: FakeServerState, req: FakeRequest, service: Service, table: FakeV3Table, entity: string): FakeResponse {
  const dim = Object.keys(table.dimensionCodes).find((key) => key.toLowerCase() === entity.toLowerCase());
  if (dim === undefined) throw notFound(entity, 'v3');
  const codes = table.dimensionCodes[dim];
  const metadata = `${state.origin}/${service}/OData/${table.id}/$metadata#Cbs.OData.WebAPI.${dim}`;
  if (service === 'ODataApi') return envelope(metadata, queryList(codes, req.query, 'v3'));
  checkFields(req.query, new Set(codes.flatMap((c) => Object.keys(c))), 'v3');
  return feedPage(state, req, metadata, arrayRows(codes), `/ODataFeed/OData/${table.id}/${dim}/`);
}

function serviceOf(root: string): Service | null {
  const lower = root.toLowerCase();
  return lower === 'odataapi' ? 'ODataApi' : lower === 'odatafeed' ? 'ODataFeed' : null;
}

function serviceDocument(state: FakeServerState, service: Service, table: FakeV3Table): FakeResponse {
  const names = [...FIXED_SETS, ...Object.keys(table.dimensionCodes)];
  const base = `${state.origin}/${service}/odata/${table.id}`;
  return envelope(`${state.origin}/${service}/OData/${table.id}/$metadata`, names.map((name) => ({ name, url: `${base}/${name}` })));
}

function columnsOf(table: FakeV3Table): { all: Set<string>; topics: Set<string> } {
  const keyed = table.dataProperties.filter((p) => p.Type !== 'TopicGroup' && typeof p.Key === 'string');
  const topics = new Set(keyed.filter((p) => p.Type === 'Topic').map((p) => String(p.Key)));
  return { all: new Set(['ID', ...keyed.map((p) => String(p.Key))]), topics };
}

function countRows(table: FakeV3Table, req: FakeRequest): FakeResponse {
  checkFields(req.query, columnsOf(table).all, 'v3');
  const total = pageRows(table.rows, req.query.filter, 0, 0, true).total ?? 0;
  return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: String(total) };
}

function typedDataSet(state: FakeServerState, req: FakeRequest, service: Service, table: FakeV3Table): FakeResponse {
  const { all, topics } = columnsOf(table);
  const { query } = req;
  checkFields(query, all, 'v3');
  const metadata = `${state.origin}/${service}/OData/${table.id}/$metadata#Cbs.OData.WebAPI.TypedDataSet`;
  if (service === 'ODataApi') {
    const page = pageRows(table.rows, query.filter, query.skip, query.top ?? Number.POSITIVE_INFINITY, false);
    const topicColumns = query.select === null ? topics.size : query.select.filter((c) => topics.has(c)).length;
    // CBS counts cells; a result over the limit is refused as a whole with HTTP 500.
    if (page.rows.length * Math.max(1, topicColumns) > state.apiCellLimit) throw new FakeHttpError(500, V3_CELL_LIMIT_MESSAGE, 'v3');
    return envelope(metadata, page.rows.map((row) => project(row, query.select)));
  }
  return feedPage(state, req, metadata, table.rows, `/ODataFeed/OData/${table.id}/TypedDataSet/`);
}

/** One ODataFeed page: `feedPageSize` rows from `$skip`, and a nextLink (original options + `$skip`) if more remain. */
function feedPage(state: FakeServerState, req: FakeRequest, metadata: string, source: FakeRowSource, path: string): FakeResponse {
  const { query } = req;
  const size = Math.min(state.feedPageSize, query.top ?? Number.POSITIVE_INFINITY);
  const page = pageRows(source, query.filter, query.skip, size, false);
  const rows = page.rows.map((row) => project(row, query.select));
  const more = page.hasMore && (query.top === null || query.top > rows.length);
  if (!more) return envelope(metadata, rows);
  return envelope(metadata, rows, nextLink(state.origin, path, query, query.skip + rows.length, query.top === null ? null : query.top - rows.length));
}

/** `ODataCatalog/Tables`: one record per served table, from its TableInfos (Modified, OutputStatus …). */
function catalog(state: FakeServerState, req: FakeRequest, entity: string | undefined): FakeResponse {
  const base = `${state.origin}/ODataCatalog`;
  const sets = ['Tables', 'Themes', 'Tables_Themes', 'Featured', 'Table_Featured'];
  if (entity === undefined) return envelope(`${base}/$metadata`, sets.map((name) => ({ name, url: `${base}/${name}` })));
  const set = sets.find((name) => name.toLowerCase() === entity.toLowerCase());
  if (set === undefined) throw notFound(entity, 'v3');
  const records = set === 'Tables' ? state.v3Tables().map((table) => catalogRecord(state, table)) : [];
  return envelope(`${base}/$metadata#${set}`, queryList(records, req.query, 'v3'));
}

function catalogRecord(state: FakeServerState, table: FakeV3Table): JsonObject {
  const info = rewriteHosts(table.tableInfo, state.origin);
  return {
    ...info,
    Updated: info.Updated ?? info.Modified,
    RecordCount: info.RecordCount ?? table.rows.count,
    ColumnCount: info.ColumnCount ?? table.dataProperties.filter((p) => p.Type === 'Topic').length,
    ApiUrl: `${state.origin}/ODataApi/OData/${table.id}`,
    FeedUrl: `${state.origin}/ODataFeed/OData/${table.id}`,
  };
}

const EDM_TYPES: Readonly<Record<string, string>> = { Long: 'Edm.Int64', Integer: 'Edm.Int32', Double: 'Edm.Double', Float: 'Edm.Double', String: 'Edm.String' };

/** A minimal EDMX with the TypedDataSet entity type `TData` (what statline-bq reads its schema from). */
function edmx(table: FakeV3Table): string {
  const properties = table.dataProperties
    .filter((p) => p.Type !== 'TopicGroup')
    .map((p) => `<Property Name="${String(p.Key)}" Type="${p.Type === 'Topic' ? EDM_TYPES[String(p.Datatype)] ?? 'Edm.String' : 'Edm.String'}" />`)
    .join('');
  return (
    '<?xml version="1.0" encoding="utf-8"?><edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx">' +
    '<edmx:DataServices><Schema Namespace="Cbs.OData" xmlns="http://schemas.microsoft.com/ado/2009/11/edm">' +
    `<EntityType Name="TData"><Key><PropertyRef Name="ID" /></Key><Property Name="ID" Type="Edm.Int32" Nullable="false" />${properties}</EntityType>` +
    '<EntityContainer Name="WebAPI" /></Schema></edmx:DataServices></edmx:Edmx>'
  );
}
