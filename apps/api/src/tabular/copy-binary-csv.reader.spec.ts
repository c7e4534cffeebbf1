import { Client } from 'pg';
import { type TestDatabase, createTestDatabase } from '@koers/db/testing';
import { copyBytes, referenceCsv, sqlDecimalText, sqlFormulaEscaped, sqlIsoTime } from '../test-support/reference-csv';
import { CopyBinaryCsvReader } from './copy-binary-csv.reader';
import type { ColumnSpec, CsvDialect } from './tabular.types';

// Every column type against PostgreSQL's own CSV writer, with the values most likely to be written wrong.
const TEXTS = [
  'plain',
  '',
  null,
  'a,b',
  'a;b',
  'zeg "hoi"',
  '"',
  'regel\neen',
  'cr\rx',
  'crlf\r\n',
  '=SUM(A1)',
  '+31 6',
  '-',
  '-12',
  '@cmd',
  '\tx',
  '\rx',
  '\nx',
  'ë',
  '€ 5,00',
  '=€',
  "'quoted",
  'a=b',
  ' =spatie',
  '\\.',
  'back\\slash',
  'x'.repeat(3000),
  '"'.repeat(150_000),
];
const NUMBERS = [
  '0',
  '0.00',
  '-0.5',
  '1016.50',
  '-12.5',
  '68599',
  '10000',
  '100000000',
  '0.0001',
  '0.00012',
  '1e-20',
  '12345678901234567890.0123456789',
  '9007199254740993',
  '-1e100',
  '3.14159265358979323846',
  'NaN',
  'Infinity',
  '-Infinity',
  null,
];
const INTEGERS = ['0', '-1', '7', '2147483647', '-2147483648', null];
const BOOLEANS = ['true', 'false', null];
const DATES = [
  '2024-01-01',
  '2024-12-31',
  '2000-02-29',
  '1970-01-01',
  '1969-12-31',
  '1900-03-01',
  '0001-01-01',
  '0001-12-31 BC',
  '0044-03-15 BC',
  '4713-01-01 BC',
  '9999-12-31',
  '10000-01-01',
  '294276-12-31',
  'infinity',
  '-infinity',
  null,
];
const TIMES = [
  '2025-06-01T00:00:00+02:00',
  '2026-03-13T00:00:00+01:00',
  '1970-01-01 00:00:00.0005+00',
  '1969-12-31 23:59:59.999999+00',
  '2000-01-01 00:00:00+00',
  '1999-12-31 23:59:59.9999+00',
  '1600-01-01 12:34:56.789+00',
  '1600-01-01 12:34:56.7899+00',
  '2300-01-01 00:00:00.001+00',
  '2286-01-01 00:00:00.0019+00',
  '0001-01-01 00:00:00+00 BC',
  '4713-11-24 00:00:00+00 BC',
  '294276-12-31 23:59:59.999999+00',
  'infinity',
  '-infinity',
  null,
];

const COLUMNS: ColumnSpec[] = [
  { name: 'text', type: 'string', description: '' },
  { name: 'number', type: 'number', description: '' },
  { name: 'integer', type: 'integer', description: '' },
  { name: 'boolean', type: 'boolean', description: '' },
  { name: 'date', type: 'date', description: '' },
  { name: 'datetime', type: 'datetime', description: '' },
  { name: 'json', type: 'json', description: '' },
];

/** What the exports wrote with `COPY … (FORMAT csv)`: formula-escaped text, dialect's decimals, to_char. */
function referenceSelect(dialect: CsvDialect, where: string): string {
  return `SELECT ${sqlFormulaEscaped('t')} AS "text", ${sqlDecimalText('n', dialect)} AS "number", i AS "integer", b::text AS "boolean",
    to_char(d, 'YYYY-MM-DD') AS "date", ${sqlIsoTime('ts')} AS "datetime", ${sqlFormulaEscaped('j::text')} AS "json" FROM cases ${where} ORDER BY id`;
}

const binaryCopy = (where: string) => `COPY (SELECT t, n, i, b, d, ts, j::text FROM cases ${where} ORDER BY id) TO STDOUT (FORMAT binary)`;

// The one field larger than an output slab, kept out of the byte-by-byte runs: a row arriving in a thousand
// pieces is put together again at every piece.
const SMALL = 'WHERE coalesce(length(t), 0) < 10000';
const LARGE = 'WHERE length(t) >= 10000';

/** The reader's whole output for the COPY's bytes handed over in chunks of `size`. */
function readInChunks(bytes: Buffer, size: number, dialect: CsvDialect): Buffer {
  const reader = new CopyBinaryCsvReader(COLUMNS, dialect);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(...reader.push(bytes.subarray(at, at + size)));
  out.push(...reader.end());
  return Buffer.concat(out);
}

describe('CopyBinaryCsvReader', () => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`CREATE TABLE cases (id serial, t text, n numeric, i int4, b bool, d date, ts timestamptz, j jsonb)`);
    await client.query(
      `INSERT INTO cases (t, n, i, b, d, ts, j)
       SELECT * FROM unnest($1::text[], $2::numeric[], $3::int4[], $4::bool[], $5::date[], $6::timestamptz[], $7::jsonb[])`,
      [
        TEXTS,
        NUMBERS,
        INTEGERS,
        BOOLEANS,
        DATES,
        TIMES,
        ['{"a": "b,c"}', '{}', '{"ë": "=1", "q": "\\""}', '-5', '"=x"', '[1, 2.50]', null],
      ],
    );
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each<[CsvDialect, number]>([
    ['international', 1 << 20],
    ['international', 1],
    ['international', 7],
    ['nl', 1 << 20],
    ['nl', 1],
    ['nl', 13],
  ])(
    'should write exactly what PostgreSQL writes as CSV when the dialect is %s and the COPY arrives in chunks of %i bytes',
    async (dialect, size) => {
      const expected = await referenceCsv(client, referenceSelect(dialect, SMALL), dialect);
      expect(readInChunks(await copyBytes(client, binaryCopy(SMALL)), size, dialect).toString('latin1')).toBe(expected.toString('latin1'));
    },
  );

  it.each<CsvDialect>(['international', 'nl'])(
    'should write exactly what PostgreSQL writes when a field outgrows an output slab in the %s dialect',
    async (dialect) => {
      const expected = await referenceCsv(client, referenceSelect(dialect, LARGE), dialect);
      expect(expected.length).toBeGreaterThan(300_000);
      expect(readInChunks(await copyBytes(client, binaryCopy(LARGE)), 65_536, dialect).equals(expected)).toBe(true);
    },
  );

  it('should write the header alone when the COPY has no rows', async () => {
    const empty = await copyBytes(client, `COPY (SELECT t, n, i, b, d, ts, j::text FROM cases WHERE false) TO STDOUT (FORMAT binary)`);
    expect(readInChunks(empty, 5, 'nl').toString()).toBe('\uFEFFtext;number;integer;boolean;date;datetime;json\n');
  });

  it('should refuse rows of another width when the COPY does not match the columns', async () => {
    const narrow = await copyBytes(client, `COPY (SELECT t FROM cases) TO STDOUT (FORMAT binary)`);
    expect(() => readInChunks(narrow, 1 << 20, 'international')).toThrow('COPY row has 1 fields, expected 7');
  });
});
