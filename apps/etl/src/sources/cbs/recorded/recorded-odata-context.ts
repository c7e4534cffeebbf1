import { ODataQuery, ODataRequestError, ODataVersion, arrayRows, checkFields, pageRows, project } from './odata-query';
import type { JsonObject, RecordedCbsTables } from './recorded-cbs-tables';

/** What the v3 and v4 answers from recorded tables share. */

/** CBS's own limits: ODataFeed pages, v4 pages (undocumented; clients assume 100,000), the ODataApi cell limit. */
export const CBS_SERVICE_LIMITS = { feedPageSize: 10_000, v4PageSize: 100_000, apiCellLimit: 10_000 } as const;

/** The base URLs answers are written for (metadata links, nextLinks, rewritten recorded links). */
export interface RecordedBaseUrls {
  /** e.g. 'https://opendata.cbs.nl' (no trailing slash). */
  readonly v3BaseUrl: string;
  /** e.g. 'https://datasets.cbs.nl/odata/v1' (no trailing slash). */
  readonly v4BaseUrl: string;
}

export interface RecordedODataState {
  readonly baseUrls: RecordedBaseUrls;
  readonly feedPageSize: number;
  readonly v4PageSize: number;
  readonly apiCellLimit: number;
  readonly tables: RecordedCbsTables;
}

export interface RecordedRequest {
  /** The path as requested, for messages. */
  readonly pathname: string;
  /** Decoded path segments after the version's base URL (v3: `ODataApi/odata/<id>/…`, v4: `CBS/<id>/…`). */
  readonly segments: readonly string[];
  readonly query: ODataQuery;
}

/** A JSON body, or text (`$metadata` EDMX, `$count`) that a JSON client would refuse. */
export type RecordedAnswer =
  { readonly type: 'json'; readonly body: unknown } | { readonly type: 'text'; readonly contentType: string; readonly body: string };

export function jsonAnswer(body: unknown): RecordedAnswer {
  return { type: 'json', body };
}

export function textAnswer(body: string, contentType: string): RecordedAnswer {
  return { type: 'text', contentType, body };
}

function realHosts(baseUrls: RecordedBaseUrls): ReadonlyArray<readonly [RegExp, string]> {
  return [
    [/https?:\/\/datasets\.cbs\.nl\/odata\/v1/g, baseUrls.v4BaseUrl],
    [/https?:\/\/opendata\.cbs\.nl/g, baseUrls.v3BaseUrl],
  ];
}

/** Links inside recorded metadata (ApiUrl, CodesUrl …) point at the base URLs answered for, never elsewhere. */
export function rewriteHosts(item: JsonObject, baseUrls: RecordedBaseUrls): JsonObject {
  const hosts = realHosts(baseUrls);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    out[key] = typeof value === 'string' ? hosts.reduce((text, [pattern, base]) => text.replace(pattern, base), value) : value;
  }
  return out;
}

/** A metadata list with `$filter`/`$select`/`$top`/`$skip` applied (no paging: these lists are small). */
export function queryList(items: readonly JsonObject[], query: ODataQuery, version: ODataVersion): JsonObject[] {
  const columns = new Set(items.flatMap((item) => Object.keys(item)));
  if (items.length > 0) checkFields(query, columns, version);
  const page = pageRows(arrayRows(items), query.filter, query.skip, query.top ?? Number.POSITIVE_INFINITY, false);
  return page.rows.map((row) => project(row, query.select));
}

export function notFound(what: string, version: ODataVersion): ODataRequestError {
  return new ODataRequestError(404, `Resource not found for the segment '${what}'.`, version);
}

/** A list CBS has but this recording does not: refused, never answered as an empty list. */
export function notRecorded(what: string, version: ODataVersion): ODataRequestError {
  return new ODataRequestError(404, `'${what}' is not in the recording.`, version);
}

/** A list that may be missing from a recording (null); a missing one is refused. */
export function recorded(items: readonly JsonObject[] | null, what: string, version: ODataVersion): readonly JsonObject[] {
  if (items === null) throw notRecorded(what, version);
  return items;
}
