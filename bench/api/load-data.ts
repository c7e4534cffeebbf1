import { Client } from 'pg';
import { type CbsTableRef, MEASURES, MEASURE_NAMES, type MeasureDefinition } from '@koers/indicators';

// Generated data for the API benchmark. The numbers are synthetic (deterministic hashes with a gentle trend):
// what matters here is the shape and size, not the values.

interface GeneratedMeasure {
  provider: string;
  tableId: string;
  key: string;
  dimensions: Record<string, string>;
  name: string;
}

function measuresOf(definition: MeasureDefinition): GeneratedMeasure[] {
  const source = definition.source;
  if (source.kind === 'municipal-upload') {
    return [
      {
        provider: 'municipal-file',
        tableId: source.uploadKind,
        key: source.field,
        dimensions: { ...source.filter },
        name: definition.name,
      },
    ];
  }
  // The first table read through the CBS API (files bind their columns through manifests, not keys).
  const ref = source.tables.find((t): t is CbsTableRef => t.api !== 'file');
  if (ref === undefined) return [];
  const provider = ref.api === 'v4' ? 'cbs-v4' : 'cbs-v3';
  const fixed = { ...(ref.dimensions ?? {}) };
  if (!ref.sumOver) return [{ provider, tableId: ref.tableId, key: ref.key, dimensions: fixed, name: definition.name }];
  return ref.sumOver.codes.map((code) => ({
    provider,
    tableId: ref.tableId,
    key: ref.key,
    dimensions: { ...fixed, [ref.sumOver!.dimension]: code },
    name: definition.name,
  }));
}

async function insertRegions(client: Client): Promise<void> {
  const wijken = Array.from({ length: 10 }, (_v, i) => `WK0106${String(i === 9 ? 99 : i).padStart(2, '0')}`);
  const rows: [string, string, string, string | null][] = [
    ['NL01', 'Nederland', 'land', null],
    ['PV22', 'Drenthe', 'provincie', 'NL01'],
    ['GM0106', 'Assen', 'gemeente', 'PV22'],
    ['GM0114', 'Emmen', 'gemeente', 'PV22'],
    ['GM0118', 'Hoogeveen', 'gemeente', 'PV22'],
    ['GM0119', 'Meppel', 'gemeente', 'PV22'],
    ['GM0014', 'Groningen', 'gemeente', null],
    ...wijken.map((code): [string, string, string, string] => [code, `Wijk ${code.slice(6)}`, 'wijk', 'GM0106']),
    ...wijken.flatMap((wijk) =>
      Array.from({ length: 9 }, (_v, i): [string, string, string, string] => [
        `BU${wijk.slice(2)}0${i}`,
        `Buurt ${wijk.slice(6)}${i}`,
        'buurt',
        wijk,
      ]),
    ),
  ];
  await client.query(
    `INSERT INTO region (code, name, level, parent_code) SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[])`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3])],
  );
}

/** What to generate: the regions (inserted by `insertRegions`) and the years. */
export interface GeneratedIndicatorData {
  readonly insertRegions: (client: Client) => Promise<void>;
  readonly years: { readonly from: number; readonly to: number };
}

/** Assen, its peers, Drenthe, the Netherlands, 10 wijken and 90 buurten, 2013–2026. */
const ASSEN_AND_PEERS: GeneratedIndicatorData = { insertRegions, years: { from: 2013, to: 2026 } };

/** Every catalogue measure for every region of `data`, every year of it: the number of observations. */
export async function loadIndicatorData(url: string, data: GeneratedIndicatorData = ASSEN_AND_PEERS): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await data.insertRegions(client);
    const run = (
      await client.query<{ id: string }>(
        `INSERT INTO etl_run (source, trigger, status, finished_at) VALUES ('bench', 'cli', 'succeeded', now()) RETURNING id`,
      )
    ).rows[0]!.id;
    const measures = MEASURE_NAMES.flatMap((name) => measuresOf(MEASURES[name]));
    await client.query(
      `INSERT INTO source_table (provider, table_id, title, frequency)
       SELECT DISTINCT p, t, 'Bench ' || t, 'Per jaar' FROM unnest($1::text[], $2::text[]) AS s(p, t)`,
      [measures.map((m) => m.provider), measures.map((m) => m.tableId)],
    );
    await client.query(
      `INSERT INTO measure (source_table_id, source_key, dimensions, name, title)
       SELECT st.id, k, d::jsonb, n, n FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS s(p, t, k, d, n)
       JOIN source_table st ON st.provider = s.p AND st.table_id = s.t
       ON CONFLICT DO NOTHING`,
      [
        measures.map((m) => m.provider),
        measures.map((m) => m.tableId),
        measures.map((m) => m.key),
        measures.map((m) => JSON.stringify(m.dimensions)),
        measures.map((m) => m.name),
      ],
    );
    const inserted = await client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, status, publication_version, published_at, run_id)
       SELECT m.id, r.code, y || 'JJ00', make_date(y, 1, 1), make_date(y, 12, 31),
              round((100 + abs(hashtext(m.id || r.code)) % 5000) * (1 + 0.01 * (y - $2::int)), 1), 'definitive', '2025-06-01', '2025-06-01', $1
       FROM measure m CROSS JOIN region r CROSS JOIN generate_series($2::int, $3::int) y`,
      [run, data.years.from, data.years.to],
    );
    return inserted.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

/** One table of `measures × regions × periods` generated observations (1,000,000 by default) for the exports. */
export async function loadBulkTable(url: string, measures = 50, regions = 2_000, periods = 10): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO region (code, name, level) SELECT 'BU99' || lpad(i::text, 6, '0'), 'Bench ' || i, 'buurt' FROM generate_series(1, $1) i`,
      [regions],
    );
    const table = (
      await client.query<{ id: number }>(
        `INSERT INTO source_table (provider, table_id, title, frequency) VALUES ('cbs-v3', 'BENCH01', 'Generated', 'Per jaar') RETURNING id`,
      )
    ).rows[0]!.id;
    await client.query(
      `INSERT INTO measure (source_table_id, source_key, name, title) SELECT $1, 'Key_' || i, 'bench_' || i, 'Bench ' || i FROM generate_series(1, $2) i`,
      [table, measures],
    );
    const inserted = await client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at)
       SELECT m.id, 'BU99' || lpad(r::text, 6, '0'), y || 'JJ00', make_date(y, 1, 1), make_date(y, 12, 31),
              CASE WHEN (r + y) % 97 = 0 THEN NULL ELSE round((abs(hashtext(m.id || '.' || r || '.' || y)) % 100000) / 10.0, 1) END,
              CASE WHEN (r + y) % 97 = 0 THEN 'x' END, CASE WHEN y = $3::int THEN 'provisional' ELSE 'definitive' END,
              '2025-06-01T00:00:00+02:00', '2025-06-01T00:00:00+02:00'
       FROM measure m CROSS JOIN generate_series(1, $2::int) r CROSS JOIN generate_series($3::int - $4::int + 1, $3::int) y
       WHERE m.source_table_id = $1`,
      [table, regions, 2024, periods],
    );
    await client.query('ANALYZE');
    return inserted.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
