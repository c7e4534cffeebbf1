import { FakeV3Table, FakeV4Table, JsonObject } from './fake-cbs-tables';
import { FakeHttpError, ODataQuery, checkFields, pageRows, project, arrayRows } from './fake-odata-request';

/** What the v3 and v4 route handlers of the fake CBS server share. */

export interface FakeResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface FakeServerState {
  /** e.g. 'http://127.0.0.1:40123' — used in every URL the fake writes (metadata, nextLinks). */
  readonly origin: string;
  readonly feedPageSize: number;
  readonly v4PageSize: number;
  readonly apiCellLimit: number;
  findV3(id: string): FakeV3Table | undefined;
  findV4(id: string): FakeV4Table | undefined;
  v3Tables(): FakeV3Table[];
  /** The v4 catalog: the recorded Datasets page overlaid with the tables registered now. */
  v4Catalog(): JsonObject[];
}

export interface FakeRequest {
  readonly pathname: string;
  readonly segments: readonly string[];
  readonly query: ODataQuery;
}

export function jsonResponse(value: unknown, status = 200): FakeResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

export function xmlResponse(body: string): FakeResponse {
  return { status: 200, headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body };
}

export function errorResponse(error: FakeHttpError): FakeResponse {
  return { status: error.status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: error.body() };
}

const REAL_HOSTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/https?:\/\/datasets\.cbs\.nl\/odata\/v1/g, '/odata/v1'],
  [/https?:\/\/opendata\.cbs\.nl/g, ''],
];

/** Links inside recorded metadata (ApiUrl, CodesUrl …) point at the fake, never at the real hosts. */
export function rewriteHosts(item: JsonObject, origin: string): JsonObject {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    out[key] = typeof value === 'string' ? REAL_HOSTS.reduce((text, [pattern, path]) => text.replace(pattern, `${origin}${path}`), value) : value;
  }
  return out;
}

/** A metadata list with `$filter`/`$select`/`$top`/`$skip` applied (no paging: these lists are small). */
export function queryList(items: readonly JsonObject[], query: ODataQuery, version: 'v3' | 'v4'): JsonObject[] {
  const columns = new Set(items.flatMap((item) => Object.keys(item)));
  if (items.length > 0) checkFields(query, columns, version);
  const page = pageRows(arrayRows(items), query.filter, query.skip, query.top ?? Number.POSITIVE_INFINITY, false);
  return page.rows.map((row) => project(row, query.select));
}

export function notFound(what: string, version: 'v3' | 'v4'): FakeHttpError {
  return new FakeHttpError(404, `Resource not found for the segment '${what}'.`, version);
}
