import { Client } from 'pg';
import { E2eApi, startE2eApi } from '../test-support/e2e-app';
import { getBytes } from '../test-support/read-downloads';
import { referenceCsv, sqlDecimalText, sqlFormulaEscaped, sqlIsoTime } from '../test-support/reference-csv';
import type { CsvDialect } from '../tabular/tabular.types';

// The observation CSV is written in Node from a binary COPY. It must be byte for byte what the export gave when
// PostgreSQL wrote it (`COPY … (FORMAT csv)` with the formula escaping in SQL), which stays the reference here.

/** The SQL the CSV export used to stream, for the current observations (`where` over o, m, st). */
function referenceSelect(dialect: CsvDialect, where: string): string {
  const text = (expression: string, name: string) => `${sqlFormulaEscaped(expression)} AS "${name}"`;
  return `SELECT ${text('st.table_id', 'table')}, st.provider AS "provider", ${text('m.name', 'measure')},
    ${text('m.source_key', 'key')}, m.dimensions::text AS "dimensions", ${text('o.region_code', 'region')}, ${text('o.period_code', 'period')},
    to_char(o.period_start, 'YYYY-MM-DD') AS "period_start", to_char(o.period_end, 'YYYY-MM-DD') AS "period_end",
    ${sqlDecimalText('o.value', dialect)} AS "value", ${text('o.missing_reason', 'missing_reason')}, o.status AS "status",
    (o.status <> 'definitive')::text AS "provisional", ${text('o.publication_version', 'publication_version')},
    ${sqlIsoTime('o.published_at')} AS "published_at",
    (st.provider = 'municipal-file' AND EXISTS (SELECT 1 FROM uploaded_file f WHERE f.sha256 = o.publication_version AND f.demo))::text AS "demo",
    st.evidence AS "evidence"
    FROM current_observation o JOIN measure m ON m.id = o.measure_id JOIN source_table st ON st.id = m.source_table_id
    ${where} ORDER BY o.measure_id, o.region_code, o.period_code`;
}

const REGIONS = ['=GM1', 'a,b;c', 'ë€', '"q"', '-1', '@r', 'GM0106'];
const TABLES: [string, string][] = [
  ['municipal-file', '=T,1;"x"'],
  ['cbs-v4', 'ëT€'],
  ['cbs-v3', '+t\tab'],
];
// [table, key, name, dimensions]
const MEASURES: [number, string, string, string][] = [
  [0, '-k\t', '+naïve €', '{"a": "b,c;d", "q": "\\"="}'],
  [0, '@k', 'line\nbreak', '{}'],
  [1, '', '', '{"ë": "€"}'],
  [2, 'Key_1', 'plain', '{"Geslacht": "T001038"}'],
];
// [period, value, missing reason, status, publication version, published at]
const OBSERVATIONS: [string, string | null, string | null, string, string, string][] = [
  ['2024JJ00', '-12.5', null, 'definitive', '2025-06-01', '2025-06-01T00:00:00+02:00'],
  ['-2024', '0.25', '=x', 'provisional', '\rv', '2026-03-12T23:00:00.1239Z'],
  ['@p', '1016.50', 'line\r\nbreak', 'revised-provisional', 'v;1', '1999-12-31T23:59:59.999Z'],
  ['x\ny', '123456789012345678901234567890', '', 'definitive', '"q"', '1970-01-01T00:00:00Z'],
  ['2023KW01', null, '', 'definitive', '+v', '2000-02-29T12:34:56.7899+01:00'],
  ['2022MM06', '-0.000001', 'x', 'provisional', 'ë', '2024-01-01T00:00:00Z'],
  ['2021JJ00', '68599', null, 'definitive', '€', '2024-01-01T00:00:00Z'],
  ['2020JJ00', '1e-7', ' ', 'definitive', '-', '2024-01-01T00:00:00Z'],
  ['2019JJ00', null, '-', 'definitive', '@', '2024-01-01T00:00:00Z'],
  ['2018JJ00', '9007199254740993', '\t', 'definitive', '=', '2024-01-01T00:00:00Z'],
];

/** Every measure × awkward region × observation row, on top of the real fixture. */
async function insertAwkwardRows(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO region (code, name, level) SELECT c, 'Awkward ' || c, 'overig' FROM unnest($1::text[]) c ON CONFLICT DO NOTHING`,
    [REGIONS],
  );
  const tables = await client.query<{ id: number }>(
    `INSERT INTO source_table (provider, table_id, title) SELECT p, t, 'Awkward' FROM unnest($1::text[], $2::text[]) WITH ORDINALITY s(p, t, n) ORDER BY n RETURNING id`,
    [TABLES.map((t) => t[0]), TABLES.map((t) => t[1])],
  );
  for (const [table, key, name, dimensions] of MEASURES) {
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO measure (source_table_id, source_key, dimensions, name, title) VALUES ($1, $2, $3, $4, 'Awkward') RETURNING id`,
      [tables.rows[table]!.id, key, dimensions, name],
    );
    await client.query(
      `INSERT INTO observation (measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status, publication_version, published_at)
       SELECT $1, r, p, '2024-01-01', '2024-12-31', v, mr, s, pv, pa
       FROM unnest($2::text[]) r CROSS JOIN unnest($3::text[], $4::numeric[], $5::text[], $6::text[], $7::text[], $8::timestamptz[]) o(p, v, mr, s, pv, pa)`,
      [rows[0]!.id, REGIONS, ...[0, 1, 2, 3, 4, 5].map((i) => OBSERVATIONS.map((o) => o[i]))],
    );
  }
}

describe('GET /api/v1/observations?format=csv', () => {
  let api: E2eApi;
  let client: Client;
  beforeAll(async () => {
    api = await startE2eApi();
    client = new Client({ connectionString: api.database.url });
    await client.connect();
    await insertAwkwardRows(client);
  });
  afterAll(async () => {
    await client.end();
    await api.close();
  });

  it.each<[CsvDialect, string, string]>([
    ['international', '', ''],
    ['nl', '&dialect=nl', ''],
    ['international', '&region=GM0106', `WHERE o.region_code = 'GM0106'`],
    ['nl', '&region=GM0106&dialect=nl', `WHERE o.region_code = 'GM0106'`],
  ])('should send byte for byte what PostgreSQL wrote as CSV when the dialect is %s and the query is %p', async (dialect, query, where) => {
    const response = await getBytes(api, `/api/v1/observations?format=csv${query}`);
    expect(response.status).toBe(200);
    const expected = await referenceCsv(client, referenceSelect(dialect, where), dialect);
    expect(expected.length).toBeGreaterThan(1000);
    expect(response.body.toString('latin1')).toBe(expected.toString('latin1'));
  });

  it('should write the awkward values as a spreadsheet must see them when they start like a formula or hold delimiters', async () => {
    const text = (await getBytes(api, '/api/v1/observations?format=csv&region=GM0106&dialect=nl')).body.toString();
    const tableAndMeasure = `"'=T,1;""x""";municipal-file;'+naïve €;'-k\t;"{""a"": ""b,c;d"", ""q"": ""\\""=""}";GM0106`;
    expect(text).toContain(
      `\n${tableAndMeasure};2024JJ00;2024-01-01;2024-12-31;-12,5;;definitive;false;2025-06-01;2025-05-31T22:00:00.000Z;false;cbs\n`,
    );
    // A period "-2024" is a plain number to a spreadsheet, no formula (the one CSV text rule): it stays as it is.
    expect(text).toContain(
      `\n${tableAndMeasure};-2024;2024-01-01;2024-12-31;0,25;'=x;provisional;true;"'\rv";2026-03-12T23:00:00.123Z;false;cbs\n`,
    );
    expect(text).toContain(
      `\n${tableAndMeasure};'@p;2024-01-01;2024-12-31;1016,50;"line\r\nbreak";revised-provisional;true;"v;1";1999-12-31T23:59:59.999Z;false;cbs\n`,
    );
    expect(text).toContain(
      `\nëT€;cbs-v4;"";"";"{""ë"": ""€""}";GM0106;"x\ny";2024-01-01;2024-12-31;123456789012345678901234567890;"";definitive;false;"""q""";1970-01-01T00:00:00.000Z;false;cbs\n`,
    );
    expect(text).toContain(
      `\n'+t\tab;cbs-v3;plain;Key_1;"{""Geslacht"": ""T001038""}";GM0106;2020JJ00;2024-01-01;2024-12-31;0,0000001; ;definitive;false;-;2024-01-01T00:00:00.000Z;false;cbs\n`,
    );
  });
});
