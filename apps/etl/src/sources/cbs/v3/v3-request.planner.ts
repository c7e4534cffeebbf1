import { DimensionFilter } from '../shared/cbs-odata-query';

/**
 * Plans TypedDataSet requests (pure). ODataApi refuses results over 10,000 cells, so a selection is split into
 * chunks (regions first, then periods, then other dimensions) that each stay under the limit and keep their
 * `$filter` short. When that would take too many requests, the plan uses ODataFeed instead, which pages by
 * itself. The estimate is the product of the selected dimension sizes times the number of topic columns.
 */
export interface V3DimensionChoice {
  readonly key: string;
  /** Exact (padded) keys to filter on, or null for the whole dimension. */
  readonly selected: readonly string[] | null;
  /** Every key of the dimension, for when an unfiltered dimension has to be split. */
  readonly all: readonly string[];
}

export interface V3PlanLimits {
  readonly cellLimit: number;
  readonly maxKeysPerRequest: number;
  readonly maxApiChunks: number;
}

export type V3Service = 'api' | 'feed';

export interface V3Plan {
  readonly service: V3Service;
  readonly chunks: ReadonlyArray<readonly DimensionFilter[]>;
  readonly estimatedCells: number;
}

export const DEFAULT_V3_LIMITS: V3PlanLimits = { cellLimit: 10_000, maxKeysPerRequest: 50, maxApiChunks: 25 };

type Chunk = readonly V3DimensionChoice[];

function sizeOf(dim: V3DimensionChoice): number {
  return dim.selected === null ? dim.all.length : dim.selected.length;
}

export function estimateCells(dims: Chunk, topicCount: number): number {
  return dims.reduce((product, dim) => product * sizeOf(dim), 1) * Math.max(1, topicCount);
}

function replaceDim(dims: Chunk, index: number, selected: readonly string[]): Chunk {
  return dims.map((dim, i) => (i === index ? { ...dim, selected } : dim));
}

function splitDim(dims: Chunk, index: number, parts: number): Chunk[] {
  const keys = dims[index].selected ?? dims[index].all;
  const size = Math.ceil(keys.length / parts);
  const out: Chunk[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(replaceDim(dims, index, keys.slice(i, i + size)));
  return out;
}

/** Splits until every chunk satisfies the limits; `cellLimit: Infinity` splits for filter length only. */
function split(dims: Chunk, topicCount: number, limits: V3PlanLimits, budget: number): Chunk[] | null {
  const tooLong = dims.findIndex((dim) => dim.selected !== null && dim.selected.length > limits.maxKeysPerRequest);
  if (tooLong >= 0) {
    return splitAll(splitDim(dims, tooLong, Math.ceil(sizeOf(dims[tooLong]) / limits.maxKeysPerRequest)), topicCount, limits, budget);
  }
  const cells = estimateCells(dims, topicCount);
  if (cells <= limits.cellLimit) return [dims];
  const index = dims.findIndex((dim) => sizeOf(dim) > 1);
  if (index < 0) return [dims];
  const parts = Math.min(sizeOf(dims[index]), Math.ceil(cells / limits.cellLimit));
  return splitAll(splitDim(dims, index, parts), topicCount, limits, budget);
}

function splitAll(chunks: Chunk[], topicCount: number, limits: V3PlanLimits, budget: number): Chunk[] | null {
  const out: Chunk[] = [];
  for (const piece of chunks) {
    const result = split(piece, topicCount, limits, budget - out.length);
    if (result === null) return null;
    out.push(...result);
    // Give up early: a plan this large goes to the Feed instead.
    if (out.length > budget) return null;
  }
  return out;
}

function toFilters(dims: Chunk): DimensionFilter[] {
  return dims.filter((dim) => dim.selected !== null).map((dim) => ({ key: dim.key, values: dim.selected ?? [] }));
}

/**
 * `dims` must be in split priority order (region dimension first, then time, then the others).
 * `forceService` skips the choice (e.g. a caller that wants the Feed for a bulk load).
 */
export function planV3Requests(
  dims: readonly V3DimensionChoice[],
  topicCount: number,
  limits: V3PlanLimits = DEFAULT_V3_LIMITS,
  forceService?: V3Service,
): V3Plan {
  const estimatedCells = estimateCells(dims, topicCount);
  if (forceService !== 'feed') {
    const budget = forceService === 'api' ? Number.MAX_SAFE_INTEGER : limits.maxApiChunks;
    const apiChunks = split(dims, topicCount, limits, budget);
    if (apiChunks !== null) return { service: 'api', chunks: apiChunks.map(toFilters), estimatedCells };
  }
  const feedChunks = split(dims, topicCount, { ...limits, cellLimit: Number.POSITIVE_INFINITY }, Number.MAX_SAFE_INTEGER) ?? [dims];
  return { service: 'feed', chunks: feedChunks.map(toFilters), estimatedCells };
}

/** After a refusal: halve the filter with the most keys; null when the chunk cannot be split any further. */
export function halveChunk(filters: readonly DimensionFilter[]): [DimensionFilter[], DimensionFilter[]] | null {
  let index = -1;
  filters.forEach((filter, i) => {
    if (filter.values.length > 1 && (index < 0 || filter.values.length > filters[index].values.length)) index = i;
  });
  if (index < 0) return null;
  const values = filters[index].values;
  const middle = Math.ceil(values.length / 2);
  const withValues = (part: readonly string[]): DimensionFilter[] =>
    filters.map((filter, i) => (i === index ? { key: filter.key, values: part } : filter));
  return [withValues(values.slice(0, middle)), withValues(values.slice(middle))];
}
