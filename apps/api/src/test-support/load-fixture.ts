import { Client } from 'pg';
import { EARLIER_VERSION, MEASURES, REGIONS, TABLES, VALUES } from './koers-fixture';

/** Ids the tests refer to. */
export interface LoadedFixture {
  /** Run id per table id. */
  readonly runs: Readonly<Record<string, string>>;
  /** The run of the earlier (provisional) 03759ned publication. */
  readonly earlierRun: string;
}

async function insertRegions(client: Client): Promise<void> {
  // One statement: the parent references are checked when it ends, so the order of the rows does not matter.
  await client.query(
    `INSERT INTO region (code, name, level, parent_code, boundary_year)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::int[])`,
    [
      REGIONS.map((r) => r.code),
      REGIONS.map((r) => r.name),
      REGIONS.map((r) => r.level),
      REGIONS.map((r) => r.parent),
      REGIONS.map((r) => r.boundaryYear),
    ],
  );
}

async function insertRun(client: Client, tableId: string, finishedAt: string, rows: number): Promise<string> {
  const { rows: inserted } = await client.query<{ id: string }>(
    `INSERT INTO etl_run (source, table_id, trigger, started_at, finished_at, status, rows_read, rows_inserted)
     VALUES ('cbs', $1, 'cli', $2::timestamptz - interval '2 seconds', $2, 'succeeded', $3, $3) RETURNING id`,
    [tableId, finishedAt, rows],
  );
  return inserted[0]!.id;
}

async function insertObservations(client: Client, measureIds: Map<string, number>, runs: Record<string, string>): Promise<void> {
  const tables = new Map(TABLES.map((t) => [t.tableId, t]));
  const rows = VALUES.map(([tableId, key, region, period, value]) => ({
    tableId,
    key,
    region,
    period,
    value,
    table: tables.get(tableId)!,
  }));
  await client.query(
    `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status,
                              publication_version, published_at, run_id)
     SELECT m, r, p, make_date(left(p, 4)::int, 1, 1), make_date(left(p, 4)::int, 12, 31), v, CASE WHEN v IS NULL THEN 'null' END,
            'definitive', pv, pa, run
     FROM unnest($1::int[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::timestamptz[], $7::bigint[]) AS t(m, r, p, v, pv, pa, run)`,
    [
      rows.map((r) => measureIds.get(`${r.tableId}|${r.key}`)!),
      rows.map((r) => r.region),
      rows.map((r) => r.period),
      rows.map((r) => r.value),
      rows.map((r) => r.table.modified),
      rows.map((r) => r.table.modified),
      rows.map((r) => runs[r.tableId]!),
    ],
  );
}

async function insertEarlierVersion(client: Client, measureIds: Map<string, number>): Promise<string> {
  const v = EARLIER_VERSION;
  const run = await insertRun(client, v.tableId, v.publishedAt, 1);
  await client.query(
    `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, status, publication_version, published_at, run_id)
     VALUES ($1, $2, $3, '2026-01-01', '2026-12-31', $4, $5, $6, $7, $8)`,
    [measureIds.get(`${v.tableId}|${v.key}`), v.region, v.period, v.value, v.status, v.publishedAt, v.publishedAt, run],
  );
  return run;
}

/** Loads the real fixture into a migrated database, as the ETL would have: runs, tables, measures, observations. */
export async function loadFixture(url: string): Promise<LoadedFixture> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await insertRegions(client);
    const tableIds = new Map<string, number>();
    for (const t of TABLES) {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO source_table (provider, table_id, title, source_modified, frequency) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [t.provider, t.tableId, t.title, t.modified, t.frequency],
      );
      tableIds.set(t.tableId, rows[0]!.id);
    }
    const measureIds = new Map<string, number>();
    for (const m of MEASURES) {
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO measure (source_table_id, source_key, dimensions, name, title) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [tableIds.get(m.tableId), m.key, JSON.stringify(m.dimensions), m.name, m.title],
      );
      measureIds.set(`${m.tableId}|${m.key}`, rows[0]!.id);
    }
    const earlierRun = await insertEarlierVersion(client, measureIds);
    const runs: Record<string, string> = {};
    for (const t of TABLES)
      runs[t.tableId] = await insertRun(client, t.tableId, t.modified, VALUES.filter((v) => v[0] === t.tableId).length);
    await insertObservations(client, measureIds, runs);
    // The NL00 row of 84799NED (ID 0): Nederland is NL01 in Koers, so a run that does not map it rejects it.
    await client.query(
      `INSERT INTO rejected_row (run_id, location, raw_value, reason) VALUES ($1, '84799NED:ID=0:WijkenEnBuurten', '"NL00      "', 'region NL00 is not a known region code')`,
      [runs['84799NED']],
    );
    await client.query('COMMIT');
    return { runs, earlierRun };
  } finally {
    await client.end();
  }
}
