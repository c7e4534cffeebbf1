import { OBSERVATION_COLUMNS } from '@koers/api-contracts';
import { type ColumnSpec, describeColumns } from '../tabular/tabular.types';
import { AS_OF_SOURCE, CURRENT_SOURCE, DEMO as FROM_DEMO_FILE } from './observation-sources';

/**
 * The SQL of the observation reads. Every piece is a constant: the request's values reach PostgreSQL only as
 * transaction-local settings (bound parameters of `set_config`), read back with `current_setting`, because
 * `COPY (query) TO STDOUT` takes no bind parameters. Only filters that are present are added, so each one can use
 * the index (an `x IS NULL OR …` filter could not).
 */
export interface ObservationFilter {
  readonly measureIds: readonly number[] | null;
  readonly regions: readonly string[] | null;
  readonly from: number | undefined;
  readonly to: number | undefined;
  /** `YYYY-MM-DD`: the newest version published on or before that day (Europe/Amsterdam). */
  readonly asOf: string | undefined;
  readonly after: ObservationCursor | null;
  readonly limit: number | undefined;
}

/** Where a page ended: the last row's sort key. */
export interface ObservationCursor {
  readonly measureId: number;
  readonly region: string;
  readonly period: string;
}

// Only an uploaded municipal file can be illustrative.
const DEMO = `(st.provider = 'municipal-file' AND ${FROM_DEMO_FILE})`;

const JOINS = `JOIN measure m ON m.id = o.measure_id JOIN source_table st ON st.id = m.source_table_id`;

const FILTERS = {
  measureIds: `o.measure_id = ANY (current_setting('koers.measures')::int[])`,
  regions: `o.region_code = ANY (current_setting('koers.regions')::text[])`,
  from: `o.period_start >= make_date(current_setting('koers.from')::int, 1, 1)`,
  to: `o.period_start <= make_date(current_setting('koers.to')::int, 12, 31)`,
  after: `(o.measure_id, o.region_code, o.period_code) > (current_setting('koers.after_measure')::int,
          current_setting('koers.after_region')::varchar, current_setting('koers.after_period')::varchar)`,
} as const;

const ISO_TIME = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** Export columns, in the order of OBSERVATION_COLUMNS. */
const EXPORT_SELECT = `SELECT st.table_id, st.provider, m.name, m.source_key, m.dimensions::text, o.region_code, o.period_code,
    to_char(o.period_start, 'YYYY-MM-DD'), to_char(o.period_end, 'YYYY-MM-DD'), o.value, o.missing_reason, o.status,
    o.status <> 'definitive', o.publication_version, to_char(o.published_at AT TIME ZONE 'UTC', ${ISO_TIME}), ${DEMO}, st.evidence`;

/**
 * The export columns typed for binary COPY: text, bool, date, timestamptz, and the value as float8 for Arrow or
 * as numeric for CSV, whose text is then exactly PostgreSQL's (`1016.50` stays `1016.50`).
 */
function binarySelect(value: string): string {
  return `SELECT st.table_id, st.provider, m.name, m.source_key, m.dimensions::text, o.region_code, o.period_code,
    o.period_start, o.period_end, ${value}, o.missing_reason, o.status, o.status <> 'definitive', o.publication_version,
    o.published_at, ${DEMO}, st.evidence`;
}

const ARROW_SELECT = binarySelect('o.value::float8');
const CSV_SELECT = binarySelect('o.value');

const PAGE_SELECT = `SELECT o.measure_id AS "measureId", st.table_id AS "table", st.provider, m.name AS measure, m.source_key AS key,
    m.dimensions, o.region_code AS region, o.period_code AS period, to_char(o.period_start, 'YYYY-MM-DD') AS "periodStart",
    to_char(o.period_end, 'YYYY-MM-DD') AS "periodEnd", o.value::float8 AS value, o.missing_reason AS "missingReason", o.status,
    o.publication_version AS "publicationVersion", to_char(o.published_at AT TIME ZONE 'UTC', ${ISO_TIME}) AS "publishedAt",
    ${DEMO} AS demo, st.evidence`;

const ORDER = 'ORDER BY o.measure_id, o.region_code, o.period_code';

/** A PostgreSQL array literal of validated codes or ids (a bound value, never SQL). */
function arrayLiteral(items: readonly (string | number)[]): string {
  return `{${items.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

function settingsOf(filter: ObservationFilter): Record<string, string> {
  const settings: Record<string, string> = {};
  if (filter.measureIds) settings['koers.measures'] = arrayLiteral(filter.measureIds);
  if (filter.regions) settings['koers.regions'] = arrayLiteral(filter.regions);
  if (filter.from !== undefined) settings['koers.from'] = String(filter.from);
  if (filter.to !== undefined) settings['koers.to'] = String(filter.to);
  if (filter.asOf !== undefined) settings['koers.as_of'] = filter.asOf;
  if (filter.after) {
    settings['koers.after_measure'] = String(filter.after.measureId);
    settings['koers.after_region'] = filter.after.region;
    settings['koers.after_period'] = filter.after.period;
  }
  if (filter.limit !== undefined) settings['koers.limit'] = String(filter.limit);
  return settings;
}

function whereOf(filter: ObservationFilter): string {
  const present = [
    filter.measureIds ? FILTERS.measureIds : null,
    filter.regions ? FILTERS.regions : null,
    filter.from !== undefined ? FILTERS.from : null,
    filter.to !== undefined ? FILTERS.to : null,
    filter.after ? FILTERS.after : null,
  ].filter((clause): clause is NonNullable<typeof clause> => clause !== null);
  return present.length === 0 ? '' : `WHERE ${present.join(' AND ')}`;
}

function body(filter: ObservationFilter, select: string): string {
  const source = filter.asOf !== undefined ? AS_OF_SOURCE : CURRENT_SOURCE;
  const limit = filter.limit !== undefined ? `LIMIT current_setting('koers.limit')::int` : '';
  return `${select} FROM ${source} ${JOINS} ${whereOf(filter)} ${ORDER} ${limit}`;
}

/** The query of one JSON page (its settings and its constant SQL). */
export function pageQuery(filter: ObservationFilter): { sql: string; settings: Record<string, string> } {
  return { sql: body(filter, PAGE_SELECT), settings: settingsOf(filter) };
}

/** The COPY of an export (text format), in the column order of {@link OBSERVATION_EXPORT_COLUMNS}. */
export function copyQuery(filter: ObservationFilter): { sql: string; settings: Record<string, string> } {
  return { sql: `COPY (${body(filter, EXPORT_SELECT)}) TO STDOUT`, settings: settingsOf(filter) };
}

/** The same rows in binary COPY format, typed for Arrow. */
export function arrowCopyQuery(filter: ObservationFilter): { sql: string; settings: Record<string, string> } {
  return { sql: `COPY (${body(filter, ARROW_SELECT)}) TO STDOUT WITH (FORMAT binary)`, settings: settingsOf(filter) };
}

/** The same rows in binary COPY format, typed for CSV (either dialect: the reader writes the text). */
export function csvCopyQuery(filter: ObservationFilter): { sql: string; settings: Record<string, string> } {
  return { sql: `COPY (${body(filter, CSV_SELECT)}) TO STDOUT WITH (FORMAT binary)`, settings: settingsOf(filter) };
}

/** The columns of every observation export. */
export const OBSERVATION_EXPORT_COLUMNS: readonly ColumnSpec[] = describeColumns(OBSERVATION_COLUMNS, {
  table: ['string', 'Source table id (CBS table, bundled file or upload kind)'],
  provider: ['string', 'cbs-v3, cbs-v4, file (a StatLine export or third-party file with its manifest) or municipal-file'],
  measure: ['string', 'Stable measure name of the Koers catalogue'],
  key: ['string', 'The key as the source publishes it'],
  dimensions: ['json', 'Fixed selections on the table’s other dimensions (JSON object)'],
  region: ['string', 'CBS region code'],
  period: ['string', 'CBS period code (2024JJ00, 2024KW01, 2024MM06)'],
  period_start: ['date', 'First day of the period'],
  period_end: ['date', 'Last day of the period'],
  value: ['number', 'The value; empty when missing (never 0 for missing)'],
  missing_reason: ['string', 'Why the value is missing, as the source says'],
  status: ['string', 'provisional, revised-provisional or definitive'],
  provisional: ['boolean', 'True unless the status is definitive'],
  publication_version: ['string', 'The source’s Modified date, or the file’s sha256'],
  published_at: ['datetime', 'When this version was published (UTC)'],
  demo: ['boolean', 'True when the figure comes from an illustrative (voorbeelddata) file: never a real figure'],
  evidence: ['string', 'cbs (CBS API), cbs-export (StatLine export), third-party (derived from CBS by others), transcribed, municipal'],
});
