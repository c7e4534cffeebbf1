import { SourceError } from '../../source-error';
import { CbsSelection, CbsTableVersion } from '../shared/cbs.types';
import { CbsTransport } from '../shared/cbs-http.client';
import { SchemaContext, schemaError } from '../shared/cbs-json.schema';
import { DimensionFilter, buildQueryString, filterExpression, followNextLinks, quoteODataString } from '../shared/cbs-odata-query';
import { tableVersionFromV3 } from '../shared/cbs-table-status';
import { V3Plan, V3PlanLimits, V3Service, DEFAULT_V3_LIMITS, halveChunk, planV3Requests } from './v3-request.planner';
import {
  V3DataProperty,
  V3DimensionCode,
  V3DimensionType,
  V3Row,
  V3TableMetadata,
  V3ServiceEntry,
  V3TableInfo,
  V3_FIXED_ENTITY_SETS,
  narrowV3Rows,
  parseV3CatalogTables,
  parseV3DataProperties,
  parseV3DimensionCodes,
  parseV3ServiceDocument,
  parseV3TableInfos,
} from './v3.schema';
import { resolveV3Selection } from './v3-selection';

/** Client for CBS StatLine OData v3 (opendata.cbs.nl): ODataApi, ODataFeed and ODataCatalog. */
export interface CbsV3ClientOptions {
  /** e.g. 'https://opendata.cbs.nl' (no trailing path). */
  readonly baseUrl: string;
  readonly limits?: Partial<V3PlanLimits>;
}

export interface V3DataPage {
  readonly tableId: string;
  readonly service: V3Service;
  readonly url: string;
  readonly pageIndex: number;
  readonly rows: readonly V3Row[];
}

export interface V3PlanWithSelect extends V3Plan {
  /** The `$select` list, or null for all columns. */
  readonly select: string | null;
}

export interface V3FetchOptions {
  /** 'auto' (default) picks ODataApi under the cell limit and ODataFeed for large selections. */
  readonly service?: 'auto' | V3Service;
}

function isDimensionProperty(prop: V3DataProperty): prop is V3DataProperty & { Type: V3DimensionType } {
  return prop.Type !== 'Topic' && prop.Type !== 'TopicGroup';
}

export class CbsV3Client {
  private readonly baseUrl: string;
  private readonly limits: V3PlanLimits;

  constructor(
    private readonly transport: CbsTransport,
    options: CbsV3ClientOptions,
  ) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.limits = { ...DEFAULT_V3_LIMITS, ...options.limits };
  }

  tableUrl(service: V3Service, tableId: string, entitySet = ''): string {
    const root = service === 'api' ? 'ODataApi' : 'ODataFeed';
    return `${this.baseUrl}/${root}/odata/${encodeURIComponent(tableId)}/${entitySet}`;
  }

  private async getEntitySet(tableId: string, entitySet: string, query = ''): Promise<unknown> {
    const url = `${this.tableUrl('api', tableId, entitySet)}?$format=json${query ? `&${query}` : ''}`;
    return this.transport.getJson(url, { tableId, endpoint: entitySet || 'service document' });
  }

  async getServiceDocument(tableId: string): Promise<V3ServiceEntry[]> {
    const body = await this.getEntitySet(tableId, '');
    return parseV3ServiceDocument(body, { tableId, endpoint: 'service document' });
  }

  async getTableInfos(tableId: string): Promise<V3TableInfo> {
    return parseV3TableInfos(await this.getEntitySet(tableId, 'TableInfos'), { tableId, endpoint: 'TableInfos' });
  }

  async getDataProperties(tableId: string): Promise<V3DataProperty[]> {
    return parseV3DataProperties(await this.getEntitySet(tableId, 'DataProperties'), { tableId, endpoint: 'DataProperties' });
  }

  /** A dimension's code list, e.g. `RegioS`, `WijkenEnBuurten`, `Perioden`; keys keep their padding. */
  async getDimensionCodes(tableId: string, dimensionKey: string): Promise<V3DimensionCode[]> {
    // Through the Feed, following nextLink: a KWB region list (~17,000 keys) is longer than one ODataApi answer.
    const url = `${this.tableUrl('feed', tableId, encodeURIComponent(dimensionKey))}?$format=json`;
    const ctx: SchemaContext = { tableId, endpoint: dimensionKey };
    const codes: V3DimensionCode[] = [];
    for await (const { body } of followNextLinks(this.transport, url, ctx, 'v3')) codes.push(...parseV3DimensionCodes(body, ctx));
    return codes;
  }

  /** TableInfos + DataProperties + every dimension list named in the service document. */
  async getMetadata(tableId: string): Promise<V3TableMetadata> {
    const [services, tableInfo, dataProperties] = await Promise.all([
      this.getServiceDocument(tableId),
      this.getTableInfos(tableId),
      this.getDataProperties(tableId),
    ]);
    const listed = new Set(services.map((s) => s.name).filter((name) => !V3_FIXED_ENTITY_SETS.includes(name)));
    const dimensionProps = dataProperties.filter(isDimensionProperty);
    for (const prop of dimensionProps) {
      if (!listed.has(prop.Key))
        throw schemaError({ tableId, endpoint: 'service document' }, prop.Key, 'is a dimension in DataProperties but has no code list');
    }
    const dimensions = await Promise.all(
      dimensionProps.map(async (prop) => ({
        key: prop.Key,
        type: prop.Type,
        title: prop.Title,
        codes: await this.getDimensionCodes(tableId, prop.Key),
      })),
    );
    const topics = dataProperties.filter((p) => p.Type === 'Topic');
    return { tableId: tableInfo.Identifier, tableInfo, dataProperties, dimensions, topics };
  }

  async getTableVersion(tableId: string): Promise<CbsTableVersion> {
    return tableVersionFromV3(await this.getTableInfos(tableId));
  }

  /** The ODataCatalog record (Modified, MetaDataModified, Updated, OutputStatus, RecordCount …), or null. */
  async getCatalogEntry(tableId: string): Promise<V3TableInfo | null> {
    const query = buildQueryString([
      ['$format', 'json'],
      ['$filter', `Identifier eq ${quoteODataString(tableId)}`],
    ]);
    const ctx: SchemaContext = { tableId, endpoint: 'ODataCatalog/Tables' };
    const body = await this.transport.getJson(`${this.baseUrl}/ODataCatalog/Tables?${query}`, ctx);
    const { tables } = parseV3CatalogTables(body, ctx);
    return tables.find((t) => t.Identifier.toLowerCase() === tableId.toLowerCase()) ?? null;
  }

  /** Plans the requests for a selection without sending any (exposed for logging and tests). */
  planTypedDataSet(metadata: V3TableMetadata, selection: CbsSelection = {}, options: V3FetchOptions = {}): V3PlanWithSelect {
    const resolved = resolveV3Selection(metadata, selection);
    const forced = options.service === 'auto' ? undefined : options.service;
    const plan = planV3Requests(resolved.dimensions, resolved.topicCount, this.limits, forced);
    return { ...plan, chunks: resolved.empty ? [] : plan.chunks, select: resolved.select };
  }

  /**
   * Streams TypedDataSet pages for a selection: small selections through ODataApi in chunks under the cell
   * limit, large ones through ODataFeed following `odata.nextLink` exactly as returned. One page in memory.
   */
  async *fetchTypedDataSet(
    metadata: V3TableMetadata,
    selection: CbsSelection = {},
    options: V3FetchOptions = {},
  ): AsyncGenerator<V3DataPage> {
    const plan = this.planTypedDataSet(metadata, selection, options);
    const columns = expectedColumns(metadata, plan.select);
    let pageIndex = 0;
    const pending: Array<{ service: V3Service; filters: readonly DimensionFilter[] }> = plan.chunks.map((filters) => ({
      service: plan.service,
      filters,
    }));
    while (pending.length > 0) {
      const next = pending.shift();
      if (next === undefined) break;
      try {
        for await (const rows of this.pagesOf(metadata.tableId, next.service, next.filters, plan.select, columns)) {
          yield { tableId: metadata.tableId, service: next.service, url: rows.url, pageIndex: pageIndex++, rows: rows.rows };
        }
      } catch (error) {
        if (!(error instanceof SourceError) || error.code !== 'result-too-large' || next.service !== 'api') throw error;
        // The estimate was wrong (or the server counts differently): split the chunk, or use the Feed for it.
        const halves = halveChunk(next.filters);
        pending.unshift(
          ...(halves ?? [next.filters]).map((filters) => ({ service: halves ? ('api' as const) : ('feed' as const), filters })),
        );
      }
    }
  }

  private async *pagesOf(
    tableId: string,
    service: V3Service,
    filters: readonly DimensionFilter[],
    select: string | null,
    columns: readonly string[],
  ): AsyncGenerator<{ url: string; rows: V3Row[] }> {
    const query = buildQueryString([
      ['$format', 'json'],
      ['$filter', filterExpression(filters)],
      ['$select', select],
    ]);
    const ctx: SchemaContext = { tableId, endpoint: `${service === 'api' ? 'ODataApi' : 'ODataFeed'} TypedDataSet` };
    for await (const { url, page } of followNextLinks(
      this.transport,
      `${this.tableUrl(service, tableId, 'TypedDataSet')}?${query}`,
      ctx,
      'v3',
    )) {
      yield { url, rows: narrowV3Rows(page.items, columns, ctx) };
    }
  }
}

function expectedColumns(metadata: V3TableMetadata, select: string | null): string[] {
  if (select !== null) return select.split(',');
  return [...metadata.dimensions.map((d) => d.key), ...metadata.topics.map((t) => t.Key)];
}
