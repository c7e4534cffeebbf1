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
import { JsonObject, RecordedV3Table } from './recorded-cbs-tables';

/**
 * OData v3 answers from recorded tables: `ODataApi|ODataFeed/odata/{id}/…` and `ODataCatalog/…`, with CBS's
 * envelopes (`odata.metadata`, `value`, `odata.nextLink`), ODataFeed paging and the ODataApi refusal of large
 * results.
 */
const FIXED_SETS = ['TableInfos', 'UntypedDataSet', 'TypedDataSet', 'DataProperties', 'CategoryGroups'];

/** The message CBS users report for an ODataApi result over the limit (HTTP 500). */
const V3_CELL_LIMIT_MESSAGE = 'query returns more than 10000 records';

type Service = 'ODataApi' | 'ODataFeed';

function envelope(metadata: string, value: unknown[], next?: string): RecordedAnswer {
  return jsonAnswer(
    next === undefined ? { 'odata.metadata': metadata, value } : { 'odata.metadata': metadata, value, 'odata.nextLink': next },
  );
}

export function handleV3(state: RecordedODataState, req: RecordedRequest): RecordedAnswer {
  const [root = '', odata = '', id, ...rest] = req.segments;
  const service = serviceOf(root);
  if (root.toLowerCase() === 'odatacatalog') return catalog(state, req, odata === '' ? undefined : odata);
  if (service === null || odata.toLowerCase() !== 'odata' || id === undefined) throw notFound(req.pathname, 'v3');
  const table = state.tables.v3(id);
  if (table === undefined) throw new ODataRequestError(404, `Table '${id}' not found`, 'v3');
  const base = `${state.baseUrls.v3BaseUrl}/${service}/OData/${table.id}`;
  const [entity = '', sub] = rest;
  const set = (name: string, items: readonly JsonObject[]): RecordedAnswer =>
    envelope(`${base}/$metadata#Cbs.OData.WebAPI.${name}`, queryList(items, req.query, 'v3'));
  switch (entity.toLowerCase()) {
    case '':
      return serviceDocument(state, service, table);
    case '$metadata':
      return textAnswer(edmx(table), 'application/xml; charset=utf-8');
    case 'tableinfos':
      return set('TableInfos', [rewriteHosts(table.tableInfo, state.baseUrls)]);
    case 'dataproperties':
      return set('DataProperties', table.dataProperties);
    case 'categorygroups':
      return set('CategoryGroups', recorded(table.categoryGroups, `${table.id}/CategoryGroups`, 'v3'));
    case 'typeddataset':
      return sub === '$count' ? countRows(table, req) : typedDataSet(state, req, service, table);
    case 'untypeddataset':
      throw notRecorded(`${table.id}/UntypedDataSet`, 'v3');
    default:
      return dimensionList(state, req, service, table, entity);
  }
}

/** A dimension's code list; the Feed pages it like any other entity set. */
function dimensionList(
  state: RecordedODataState,
  req: RecordedRequest,
  service: Service,
  table: RecordedV3Table,
  entity: string,
): RecordedAnswer {
  const dim = Object.keys(table.dimensionCodes).find((key) => key.toLowerCase() === entity.toLowerCase());
  if (dim === undefined) throw notFound(entity, 'v3');
  const codes = table.dimensionCodes[dim];
  const metadata = `${state.baseUrls.v3BaseUrl}/${service}/OData/${table.id}/$metadata#Cbs.OData.WebAPI.${dim}`;
  if (service === 'ODataApi') return envelope(metadata, queryList(codes, req.query, 'v3'));
  checkFields(req.query, new Set(codes.flatMap((c) => Object.keys(c))), 'v3');
  return feedPage(state, req, metadata, arrayRows(codes), `/ODataFeed/OData/${table.id}/${dim}/`);
}

function serviceOf(root: string): Service | null {
  const lower = root.toLowerCase();
  return lower === 'odataapi' ? 'ODataApi' : lower === 'odatafeed' ? 'ODataFeed' : null;
}

function serviceDocument(state: RecordedODataState, service: Service, table: RecordedV3Table): RecordedAnswer {
  const names = [...FIXED_SETS, ...Object.keys(table.dimensionCodes)];
  const base = `${state.baseUrls.v3BaseUrl}/${service}/odata/${table.id}`;
  return envelope(
    `${state.baseUrls.v3BaseUrl}/${service}/OData/${table.id}/$metadata`,
    names.map((name) => ({ name, url: `${base}/${name}` })),
  );
}

function columnsOf(table: RecordedV3Table): { all: Set<string>; topics: Set<string> } {
  const keyed = table.dataProperties.filter((p) => p.Type !== 'TopicGroup' && typeof p.Key === 'string');
  const topics = new Set(keyed.filter((p) => p.Type === 'Topic').map((p) => String(p.Key)));
  return { all: new Set(['ID', ...keyed.map((p) => String(p.Key))]), topics };
}

function countRows(table: RecordedV3Table, req: RecordedRequest): RecordedAnswer {
  checkFields(req.query, columnsOf(table).all, 'v3');
  const total = pageRows(table.rows, req.query.filter, 0, 0, true).total ?? 0;
  return textAnswer(String(total), 'text/plain; charset=utf-8');
}

function typedDataSet(state: RecordedODataState, req: RecordedRequest, service: Service, table: RecordedV3Table): RecordedAnswer {
  const { all, topics } = columnsOf(table);
  const { query } = req;
  checkFields(query, all, 'v3');
  const metadata = `${state.baseUrls.v3BaseUrl}/${service}/OData/${table.id}/$metadata#Cbs.OData.WebAPI.TypedDataSet`;
  if (service === 'ODataApi') {
    const page = pageRows(table.rows, query.filter, query.skip, query.top ?? Number.POSITIVE_INFINITY, false);
    const topicColumns = query.select === null ? topics.size : query.select.filter((c) => topics.has(c)).length;
    // CBS counts cells; a result over the limit is refused as a whole with HTTP 500.
    if (page.rows.length * Math.max(1, topicColumns) > state.apiCellLimit)
      throw new ODataRequestError(500, V3_CELL_LIMIT_MESSAGE, 'v3', 'result-too-large');
    return envelope(
      metadata,
      page.rows.map((row) => project(row, query.select)),
    );
  }
  return feedPage(state, req, metadata, table.rows, `/ODataFeed/OData/${table.id}/TypedDataSet/`);
}

/** One ODataFeed page: `feedPageSize` rows from `$skip`, and a nextLink (original options + `$skip`) if more remain. */
function feedPage(state: RecordedODataState, req: RecordedRequest, metadata: string, source: RecordedRows, path: string): RecordedAnswer {
  const { query } = req;
  const size = Math.min(state.feedPageSize, query.top ?? Number.POSITIVE_INFINITY);
  const page = pageRows(source, query.filter, query.skip, size, false);
  const rows = page.rows.map((row) => project(row, query.select));
  const more = page.hasMore && (query.top === null || query.top > rows.length);
  if (!more) return envelope(metadata, rows);
  return envelope(
    metadata,
    rows,
    nextLink(state.baseUrls.v3BaseUrl, path, query, query.skip + rows.length, query.top === null ? null : query.top - rows.length),
  );
}

/** `ODataCatalog/Tables`: one record per served table, from its TableInfos (Modified, OutputStatus …). */
function catalog(state: RecordedODataState, req: RecordedRequest, entity: string | undefined): RecordedAnswer {
  const base = `${state.baseUrls.v3BaseUrl}/ODataCatalog`;
  const sets = ['Tables', 'Themes', 'Tables_Themes', 'Featured', 'Table_Featured'];
  if (entity === undefined)
    return envelope(
      `${base}/$metadata`,
      sets.map((name) => ({ name, url: `${base}/${name}` })),
    );
  const set = sets.find((name) => name.toLowerCase() === entity.toLowerCase());
  if (set === undefined) throw notFound(entity, 'v3');
  // Only Tables is recorded (as the tables held); an empty Themes list would be an answer CBS never gave.
  if (set !== 'Tables') throw notRecorded(`ODataCatalog/${set}`, 'v3');
  const records = state.tables.v3Tables().map((table) => catalogRecord(state, table));
  return envelope(`${base}/$metadata#${set}`, queryList(records, req.query, 'v3'));
}

function catalogRecord(state: RecordedODataState, table: RecordedV3Table): JsonObject {
  const info = rewriteHosts(table.tableInfo, state.baseUrls);
  return {
    ...info,
    Updated: info.Updated ?? info.Modified,
    RecordCount: info.RecordCount ?? table.rows.count,
    ColumnCount: info.ColumnCount ?? table.dataProperties.filter((p) => p.Type === 'Topic').length,
    ApiUrl: `${state.baseUrls.v3BaseUrl}/ODataApi/OData/${table.id}`,
    FeedUrl: `${state.baseUrls.v3BaseUrl}/ODataFeed/OData/${table.id}`,
  };
}

const EDM_TYPES: Readonly<Record<string, string>> = {
  Long: 'Edm.Int64',
  Integer: 'Edm.Int32',
  Double: 'Edm.Double',
  Float: 'Edm.Double',
  String: 'Edm.String',
};

/** A minimal EDMX with the TypedDataSet entity type `TData` (what statline-bq reads its schema from). */
function edmx(table: RecordedV3Table): string {
  const properties = table.dataProperties
    .filter((p) => p.Type !== 'TopicGroup')
    .map(
      (p) =>
        `<Property Name="${String(p.Key)}" Type="${p.Type === 'Topic' ? (EDM_TYPES[String(p.Datatype)] ?? 'Edm.String') : 'Edm.String'}" />`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="utf-8"?><edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx">' +
    '<edmx:DataServices><Schema Namespace="Cbs.OData" xmlns="http://schemas.microsoft.com/ado/2009/11/edm">' +
    `<EntityType Name="TData"><Key><PropertyRef Name="ID" /></Key><Property Name="ID" Type="Edm.Int32" Nullable="false" />${properties}</EntityType>` +
    '<EntityContainer Name="WebAPI" /></Schema></edmx:DataServices></edmx:Edmx>'
  );
}
