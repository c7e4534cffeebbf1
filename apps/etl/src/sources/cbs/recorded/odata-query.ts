import { FilterNode, FilterSyntaxError, filterFields, matches, parseFilter } from './odata-filter.parser';

/**
 * OData query options over recorded rows: parsing `$filter`/`$select`/`$top`/`$skip`/`$count`, paging, projection
 * and nextLinks, as the CBS services apply them. Shared by the recorded transport and the fake CBS server.
 */

export type ODataVersion = 'v3' | 'v4';

/** What CBS would answer with an HTTP error: the status, its message, and a size refusal when it is one. */
export class ODataRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly version: ODataVersion = 'v3',
    readonly refusal?: 'result-too-large',
  ) {
    super(message);
  }
}

/** Rows by index, so a generated table need not hold its rows in memory. */
export interface RecordedRows {
  readonly count: number;
  at(index: number): Readonly<Record<string, unknown>>;
}

export function arrayRows(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): RecordedRows {
  return { count: rows.length, at: (index) => rows[index] };
}

export function mapRows(
  source: RecordedRows,
  fn: (row: Readonly<Record<string, unknown>>) => Readonly<Record<string, unknown>>,
): RecordedRows {
  return { count: source.count, at: (index) => fn(source.at(index)) };
}

export interface ODataQuery {
  /** The query string exactly as received, without '?'. */
  readonly raw: string;
  readonly options: ReadonlyMap<string, string>;
  readonly filter: FilterNode | null;
  readonly select: readonly string[] | null;
  readonly top: number | null;
  readonly skip: number;
  readonly count: boolean;
}

function decode(part: string): string {
  return decodeURIComponent(part.replace(/\+/g, ' '));
}

function nonNegativeInt(name: string, value: string | undefined, version: ODataVersion): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value)) throw new ODataRequestError(400, `Invalid value for ${name}: ${value}`, version);
  return Number(value);
}

function parseOptions(raw: string, version: ODataVersion): Map<string, string> {
  const options = new Map<string, string>();
  for (const part of raw.split('&').filter(Boolean)) {
    const eq = part.indexOf('=');
    let name: string;
    let value: string;
    try {
      name = decode(eq < 0 ? part : part.slice(0, eq));
      value = eq < 0 ? '' : decode(part.slice(eq + 1));
    } catch {
      throw new ODataRequestError(400, `Malformed query option ${JSON.stringify(part)}`, version);
    }
    if (name.startsWith('$') && options.has(name))
      throw new ODataRequestError(400, `Query option '${name}' was specified more than once`, version);
    options.set(name, value);
  }
  return options;
}

/** Repeated system query options are refused: that is how re-appending options to a nextLink shows up. */
export function parseODataQuery(raw: string, version: ODataVersion): ODataQuery {
  const options = parseOptions(raw, version);
  let filter: FilterNode | null = null;
  const filterText = options.get('$filter');
  try {
    filter = filterText === undefined || filterText.trim() === '' ? null : parseFilter(filterText);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new ODataRequestError(400, `Syntax error in $filter: ${error.message}`, version);
    throw error;
  }
  const select = options.get('$select');
  return {
    raw,
    options,
    filter,
    select:
      select === undefined
        ? null
        : select
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    top: nonNegativeInt('$top', options.get('$top'), version),
    skip: nonNegativeInt('$skip', options.get('$skip'), version) ?? 0,
    count: options.get('$count') === 'true',
  };
}

export function checkFields(query: ODataQuery, columns: ReadonlySet<string>, version: ODataVersion): void {
  const used = [...(query.filter === null ? [] : filterFields(query.filter)), ...(query.select ?? [])];
  const unknown = used.find((field) => !columns.has(field));
  if (unknown !== undefined) throw new ODataRequestError(400, `Could not find a property named '${unknown}'`, version);
}

export interface PageOfRows {
  readonly rows: Array<Readonly<Record<string, unknown>>>;
  readonly hasMore: boolean;
  /** All matching rows (only computed when asked, for the ODataApi cell limit and $count). */
  readonly total: number | null;
}

/** The rows from `skip`, at most `size` of them, and whether more match after them. */
export function pageRows(source: RecordedRows, filter: FilterNode | null, skip: number, size: number, countAll: boolean): PageOfRows {
  if (filter === null) {
    const end = Math.min(source.count, skip + size);
    const rows: Array<Readonly<Record<string, unknown>>> = [];
    for (let i = skip; i < end; i += 1) rows.push(source.at(i));
    return { rows, hasMore: end < source.count, total: countAll ? source.count : null };
  }
  const rows: Array<Readonly<Record<string, unknown>>> = [];
  let seen = 0;
  let hasMore = false;
  for (let i = 0; i < source.count; i += 1) {
    const row = source.at(i);
    if (!matches(filter, row)) continue;
    seen += 1;
    if (seen <= skip) continue;
    if (rows.length < size) rows.push(row);
    else {
      hasMore = true;
      if (!countAll) break;
    }
  }
  return { rows, hasMore, total: countAll ? seen : null };
}

export function project(row: Readonly<Record<string, unknown>>, select: readonly string[] | null): Readonly<Record<string, unknown>> {
  if (select === null) return row;
  const out: Record<string, unknown> = {};
  for (const key of select) out[key] = row[key];
  return out;
}

/**
 * The next page's link: the original query string as received (so `$format`, `$filter`, `$select` are carried),
 * with `$skip` (and a reduced `$top`) replaced. A client must follow it without adding anything.
 */
export function nextLink(base: string, path: string, query: ODataQuery, nextSkip: number, remainingTop: number | null): string {
  const kept = query.raw.split('&').filter((part) => {
    const name = decode(part.split('=')[0] ?? '');
    return part !== '' && name !== '$skip' && name !== '$top';
  });
  if (remainingTop !== null) kept.push(`$top=${remainingTop}`);
  kept.push(`$skip=${nextSkip}`);
  return `${base}${path}?${kept.join('&')}`;
}
