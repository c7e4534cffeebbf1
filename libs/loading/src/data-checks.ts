import type { ClientBase } from 'pg';
import {
  type DataCheckIssue,
  MEASURES,
  MEASURE_NAMES,
  type SeriesPoint,
  isMeasureName,
  periodYear,
  plausibilityIssues,
} from '@koers/indicators';

interface CheckedRow {
  readonly name: string;
  readonly region: string;
  readonly period: string;
  readonly value: number | null;
}

/** One check result, as stored in `data_check` with the run. */
export interface DataCheckRecord extends DataCheckIssue {
  readonly measure: string;
  readonly region: string | null;
}

// The current figures (this load's included: the same transaction) of the catalogue measures the load's rows
// (`written`: a relation of measure_id, region_code, value) touch, for the regions they touch: a jump is judged
// against the figure of the year before, whichever load gave it. Only catalogue measures ($1) have ranges and jumps
// to check: a KWB table's hundred other columns are not read.
const touchedSql = (written: string) => `
  SELECT m.name, o.region_code AS region, o.period_code AS period, o.value::float8 AS value
  FROM current_observation o JOIN measure m ON m.id = o.measure_id
  WHERE m.name = ANY($1::text[])
    AND (o.measure_id, o.region_code) IN (
      SELECT DISTINCT w.measure_id, w.region_code FROM ${written} w JOIN measure wm ON wm.id = w.measure_id WHERE wm.name = ANY($1::text[]))
  ORDER BY m.name, o.region_code, o.period_code`;

const missingSql = (written: string) => `
  SELECT m.name, count(*) FILTER (WHERE w.value IS NULL)::int AS missing, count(*)::int AS total
  FROM ${written} w JOIN measure m ON m.id = w.measure_id GROUP BY m.name`;

function seriesChecks(name: string, region: string, rows: readonly CheckedRow[]): DataCheckRecord[] {
  if (!isMeasureName(name)) return [];
  const points: SeriesPoint[] = rows.map((r) => ({ period: r.period, year: periodYear(r.period), value: r.value, provisional: false }));
  return plausibilityIssues(MEASURES[name], points).map((issue) => ({ ...issue, measure: name, region }));
}

function completeness(name: string, missing: number, total: number): DataCheckRecord {
  const share = Math.round((missing / total) * 100);
  return {
    check: 'completeness',
    measure: name,
    region: null,
    period: '',
    value: missing,
    message: {
      nl: `${missing} van de ${total} cijfers (${share}%) zijn niet gepubliceerd (ontbrekend, met de reden van de bron).`,
      en: `${missing} of ${total} figures (${share}%) are not published (missing, with the source's reason).`,
    },
  };
}

/**
 * The dbt-style checks of one table load, run inside its transaction after its figures are stored: range and jump
 * of every catalogue measure's series in the regions touched, and completeness (missing figures) per measure. They flag
 * possible data errors for a person to look at; they never fail the load.
 */
export async function runDataChecks(db: ClientBase, written: string): Promise<DataCheckRecord[]> {
  const { rows } = await db.query<CheckedRow>(touchedSql(written), [MEASURE_NAMES]);
  const records: DataCheckRecord[] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i += 1) {
    if (i < rows.length && rows[i]!.name === rows[start]!.name && rows[i]!.region === rows[start]!.region) continue;
    records.push(...seriesChecks(rows[start]!.name, rows[start]!.region, rows.slice(start, i)));
    start = i;
  }
  const missing = await db.query<{ name: string; missing: number; total: number }>(missingSql(written));
  for (const row of missing.rows)
    if (row.missing > 0 && isMeasureName(row.name)) records.push(completeness(row.name, row.missing, row.total));
  return records;
}

/** Stores the checks with their run. */
export async function recordDataChecks(db: ClientBase, runId: string, records: readonly DataCheckRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.query(
    `INSERT INTO data_check (run_id, measure_name, region_code, period_code, check_kind, value, message_nl, message_en)
     SELECT $1, * FROM unnest($2::text[], $3::varchar[], $4::varchar[], $5::text[], $6::numeric[], $7::text[], $8::text[])`,
    [
      runId,
      records.map((r) => r.measure),
      records.map((r) => r.region),
      records.map((r) => r.period || null),
      records.map((r) => r.check),
      records.map((r) => r.value),
      records.map((r) => r.message.nl),
      records.map((r) => r.message.en),
    ],
  );
}
