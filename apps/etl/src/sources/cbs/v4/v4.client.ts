import { CbsSelection, CbsTableVersion } from '../shared/cbs.types';
import { CbsTransport } from '../shared/cbs-http.client';
import { SchemaContext } from '../shared/cbs-json.schema';
import {
  DimensionFilter,
  buildQueryString,
  chunk,
  filterExpression,
  followNextLinks,
  quoteODataString,
  resolveKeys,
  unknownKeyError,
} from '../shared/cbs-odata-query';
import { v4RegionDimensionOf } from '../shared/cbs-mapping';
import { tableVersionFromV4 } from '../shared/cbs-table-status';
import {
  V4CatalogEntry,
  V4Code,
  V4Dimension,
  V4DimensionMeta,
  V4MeasureCode,
  V4Observation,
  V4Properties,
  V4TableMetadata,
  narrowV4Observations,
  parseV4Catalog,
  parseV4Codes,
  parseV4Dimensions,
  parseV4MeasureCodes,
  parseV4Properties,
} from './v4.schema';

/** Client for CBS OData v4 (datasets.cbs.nl/odata/v1): long-format Observations and their metadata. */
export interface CbsV4ClientOptions {
  /** e.g. 'https://datasets.cbs.nl/odata/v1'. */
  readonly baseUrl: string;
  /** The catalog segment, 'CBS' unless a third-party catalog is used. */
  readonly catalog?: string;
  /** Keeps `$filter` short: a dimension with more codes is split over several requests. */
  readonly maxKeysPerRequest?: number;
}

export interface V4DataPage {
  readonly tableId: string;
  readonly url: string;
  readonly pageIndex: number;
  readonly observations: readonly V4Observation[];
}

export class CbsV4Client {
  private readonly baseUrl: string;
  private readonly catalog: string;

  constructor(
    private readonly transport: CbsTransport,
    private readonly options: CbsV4ClientOptions,
  ) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.catalog = options.catalog ?? 'CBS';
  }

  tableUrl(tableId: string, entitySet: string): string {
    return `${this.baseUrl}/${this.catalog}/${encodeURIComponent(tableId)}/${entitySet}`;
  }

  private get(tableId: string, entitySet: string): Promise<unknown> {
    return this.transport.getJson(this.tableUrl(tableId, entitySet), { tableId, endpoint: entitySet });
  }

  async getProperties(tableId: string): Promise<V4Properties> {
    return parseV4Properties(await this.get(tableId, 'Properties'), { tableId, endpoint: 'Properties' });
  }

  async getDimensions(tableId: string): Promise<V4Dimension[]> {
    return parseV4Dimensions(await this.get(tableId, 'Dimensions'), { tableId, endpoint: 'Dimensions' });
  }

  async getMeasureCodes(tableId: string): Promise<V4MeasureCode[]> {
    return parseV4MeasureCodes(await this.get(tableId, 'MeasureCodes'), { tableId, endpoint: 'MeasureCodes' });
  }

  /** `<Dimension>Codes`, e.g. `RegioSCodes`, `PeriodenCodes` (with Status). */
  async getDimensionCodes(tableId: string, dimensionId: string): Promise<V4Code[]> {
    const entitySet = `${dimensionId}Codes`;
    return parseV4Codes(await this.get(tableId, entitySet), { tableId, endpoint: entitySet });
  }

  async getMetadata(tableId: string): Promise<V4TableMetadata> {
    const [properties, dimensions, measures] = await Promise.all([
      this.getProperties(tableId),
      this.getDimensions(tableId),
      this.getMeasureCodes(tableId),
    ]);
    const withCodes = await Promise.all(
      dimensions.map(async (dim) => ({ ...dim, codes: await this.getDimensionCodes(tableId, dim.Identifier) })),
    );
    return { tableId: properties.Identifier, properties, dimensions: withCodes, measures };
  }

  async getTableVersion(tableId: string): Promise<CbsTableVersion> {
    return tableVersionFromV4(await this.getProperties(tableId));
  }

  /** The whole `Datasets` catalog (Identifier, Title, Modified, Status …), following nextLinks. */
  async getCatalog(): Promise<V4CatalogEntry[]> {
    const ctx: SchemaContext = { endpoint: 'Datasets' };
    const entries: V4CatalogEntry[] = [];
    for await (const { body } of followNextLinks(this.transport, `${this.baseUrl}/${this.catalog}/Datasets`, ctx, 'v4')) {
      const parsed = parseV4Catalog(body, ctx);
      entries.push(...parsed.entries);
    }
    return entries;
  }

  /** One catalog entry, or null when the table is not in the v4 catalog (then v3 is the fallback). */
  async getCatalogEntry(tableId: string): Promise<V4CatalogEntry | null> {
    const query = buildQueryString([['$filter', `Identifier eq ${quoteODataString(tableId)}`]]);
    const ctx: SchemaContext = { tableId, endpoint: 'Datasets' };
    const body = await this.transport.getJson(`${this.baseUrl}/${this.catalog}/Datasets?${query}`, ctx);
    return parseV4Catalog(body, ctx).entries.find((e) => e.Identifier.toLowerCase() === tableId.toLowerCase()) ?? null;
  }

  /** Streams Observations pages for a selection, following `@odata.nextLink` exactly as returned. */
  async *fetchObservations(metadata: V4TableMetadata, selection: CbsSelection = {}): AsyncGenerator<V4DataPage> {
    const chunks = this.planObservations(metadata, selection);
    const dimensionIds = metadata.dimensions.map((d) => d.Identifier);
    const ctx: SchemaContext = { tableId: metadata.tableId, endpoint: 'Observations' };
    let pageIndex = 0;
    for (const filters of chunks) {
      const query = buildQueryString([['$filter', filterExpression(filters)]]);
      const first = `${this.tableUrl(metadata.tableId, 'Observations')}${query ? `?${query}` : ''}`;
      for await (const { url, page } of followNextLinks(this.transport, first, ctx, 'v4')) {
        const observations = narrowV4Observations(page.items, dimensionIds, ctx);
        yield { tableId: metadata.tableId, url, pageIndex: pageIndex++, observations };
      }
    }
  }

  /** One filter set per request; dimensions with many codes are split so `$filter` stays short. */
  planObservations(metadata: V4TableMetadata, selection: CbsSelection): DimensionFilter[][] {
    const filters = resolveV4Filters(metadata, selection);
    if (filters === null) return [];
    const size = this.options.maxKeysPerRequest ?? 50;
    let plans: DimensionFilter[][] = [[]];
    for (const filter of filters) {
      const parts = chunk(filter.values, size);
      plans = plans.flatMap((plan) => parts.map((values) => [...plan, { key: filter.key, values }]));
    }
    return plans;
  }
}

interface WantedCodes {
  readonly key: string;
  readonly endpoint: string;
  readonly available: readonly string[];
  readonly codes: readonly string[];
}

function wantedFor(dim: V4DimensionMeta, codes: readonly string[]): WantedCodes {
  return { key: dim.Identifier, endpoint: `${dim.Identifier}Codes`, available: dim.codes.map((c) => c.Identifier), codes };
}

/** Which dimension codes the selection asks for; a dimension the table lacks fails unless 'skip'. */
function collectWanted(metadata: V4TableMetadata, selection: CbsSelection): WantedCodes[] {
  const strict = (selection.onUnknownCode ?? 'error') === 'error';
  const byRole: Array<[readonly string[] | undefined, V4DimensionMeta | undefined, string]> = [
    [selection.regions, v4RegionDimensionOf(metadata, selection.regionDimension) ?? undefined, 'region dimension'],
    [selection.periods, metadata.dimensions.find((d) => d.Kind === 'TimeDimension'), 'time dimension'],
    ...Object.entries(selection.dimensions ?? {}).map(([key, codes]): [readonly string[], V4DimensionMeta | undefined, string] => [
      codes,
      metadata.dimensions.find((d) => d.Identifier === key),
      key,
    ]),
  ];
  const wanted: WantedCodes[] = [];
  if (selection.measures) {
    wanted.push({
      key: 'Measure',
      endpoint: 'MeasureCodes',
      available: metadata.measures.map((m) => m.Identifier),
      codes: selection.measures,
    });
  }
  for (const [codes, dim, role] of byRole) {
    if (codes === undefined) continue;
    if (dim === undefined) {
      if (strict) throw unknownKeyError(metadata.tableId, 'Dimensions', role, role.endsWith('dimension') ? codes : [role]);
    } else if (!wanted.some((w) => w.key === dim.Identifier)) wanted.push(wantedFor(dim, codes));
  }
  return wanted;
}

/** Exact codes per filtered dimension; null when a filter resolved to nothing (nothing to fetch). */
function resolveV4Filters(metadata: V4TableMetadata, selection: CbsSelection): DimensionFilter[] | null {
  const filters: DimensionFilter[] = [];
  for (const { key, endpoint, available, codes } of collectWanted(metadata, selection)) {
    const { keys, unknown } = resolveKeys(available, codes);
    if (unknown.length > 0 && selection.onUnknownCode !== 'skip') throw unknownKeyError(metadata.tableId, endpoint, key, unknown);
    if (keys.length === 0) return null;
    filters.push({ key, values: keys });
  }
  return filters;
}
