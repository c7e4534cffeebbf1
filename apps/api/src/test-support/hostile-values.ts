import fc from 'fast-check';
import type { ParameterSchema } from './openapi-operations';

// Values that have given, or could give, a 500: numbers beyond int4, int8 and the safe integers, lenient number
// forms, days that do not exist, period codes one past their range, codes of the wrong shape, SQL and text that
// PostgreSQL refuses (NUL).
const HUGE = [
  '2147483647',
  '2147483648',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551616',
  '99999999999999999999999999',
  '1e309',
  'Infinity',
  'NaN',
];
const NEGATIVE = ['-1', '-0', '-2147483649', '-9223372036854775809', '-1e3'];
const LENIENT = ['0', '00', '01', '0x10', '0X1f', '0b1', '0o7', '1e3', '1E-2', '+1', ' 1', '1 ', '1.0', '1.5', '1_000', '１２', '٣'];
const DATES = [
  '2025-02-30',
  '2025-02-29',
  '2024-02-29',
  '2100-02-29',
  '2000-02-29',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '2025-1-1',
  '20250101',
  '2025-02-28T00:00:00Z',
  '+002025-01-01',
  '2025-02-28 ',
  '1899-12-31',
];
const PERIODS = [
  '2024MM13',
  '2024MM00',
  '2024MM12',
  '2024KW05',
  '2024KW00',
  '2024KW04',
  '2024JJ01',
  '2024JJ00',
  '2024HJ03',
  '2024W154',
  '2024W100',
  '2024X000',
  '2024G300',
  '1899JJ00',
  '1900JJ00',
  '2100JJ00',
  '2101JJ00',
  '1899',
  '1900',
  '2100',
  '2101',
  '20240101',
  '20240230',
  '2024jj00',
  '2024JJ0',
];
const CODES = [
  'GM0106',
  'GM9999',
  'WK010600',
  'WK019999',
  'BU01060000',
  'PV22',
  'NL01',
  'gm0106',
  'GM0106,GM0106',
  'GM0106,',
  'XX',
  'GM',
  'GM0106 ',
  'GM0106%00',
];
const NAMES = [
  'generaties',
  'population-total',
  'indicators.csv',
  'observations.parquet',
  'vacancy.xlsx',
  'vacancy.csv',
  'cbs',
  'inbox',
  'files',
  'municipal-file',
  '03759ned',
  'population_total',
  'M000352',
];
const SQL = [
  "' OR '1'='1",
  '1; DROP TABLE etl_run; --',
  "1' UNION SELECT key_hash FROM api_key --",
  '"',
  '\\',
  '$$',
  '%',
  '%%',
  '\u0000',
  'a\u0000b',
  'NULL',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '..',
  '../..',
  '/',
  '*',
];
const UNICODE = ['é', 'Ω', '漢字', '🙂', '\u202e', '\ufeff1', '\u200b', 'ｇｍ０１０６', 'İ', 'ß', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08'];

/** An observations cursor as the API writes it (base64url JSON of measure id, region, period), forged. */
const FORGED_CURSOR = fc
  .oneof(
    {
      weight: 3,
      arbitrary: fc.tuple(
        fc.oneof(
          { weight: 3, arbitrary: fc.constantFrom(2 ** 31, 2 ** 53, 2 ** 63, 1e300, 2 ** 31 - 1, 1, -1, 0, 1.5) },
          { weight: 1, arbitrary: fc.integer() },
          { weight: 1, arbitrary: fc.double() },
        ),
        fc.oneof(fc.constantFrom('GM0106', 'WK010600', '', 'GM\u00000106'), fc.string({ maxLength: 20 })),
        fc.oneof(fc.constantFrom('2020JJ00', '', '\u0000'), fc.string({ maxLength: 10 })),
      ),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  )
  .map((content) => Buffer.from(JSON.stringify(content) ?? 'null').toString('base64url'));

const NUMBERS = fc.oneof(
  fc.integer().map(String),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
  fc.double().map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => `${'0'.repeat(n % 5)}${n}`),
);

const TEXT = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  // Long, but within Node's 16 kB header limit for the whole request line.
  fc
    .integer({ min: 200, max: 1_500 })
    .chain((length) => fc.constantFrom('a', '9', '%', 'é', ',GM0106').map((unit) => unit.repeat(Math.ceil(length / unit.length)))),
);

/** Any hostile value, whatever the parameter. */
const ANY_HOSTILE: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HUGE, ...NEGATIVE, ...LENIENT), weight: 3 },
  { arbitrary: fc.constantFrom(...DATES, ...PERIODS), weight: 2 },
  { arbitrary: fc.constantFrom(...CODES, ...NAMES), weight: 1 },
  { arbitrary: fc.constantFrom(...SQL, ...UNICODE, ''), weight: 2 },
  { arbitrary: NUMBERS, weight: 1 },
  { arbitrary: TEXT, weight: 2 },
  { arbitrary: FORGED_CURSOR, weight: 1 },
);

const two = (n: number) => String(n).padStart(2, '0');

/** What a parameter holds, as far as its name and schema tell: its values are attacked where they are weak. */
type ParameterKind = 'number' | 'date' | 'period' | 'region' | 'cursor' | 'text';

const HOSTILE_OF_KIND: Readonly<Record<ParameterKind, fc.Arbitrary<string>>> = {
  number: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HUGE, ...NEGATIVE, ...LENIENT) }, { weight: 1, arbitrary: NUMBERS }),
  date: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...DATES) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`),
    },
  ),
  period: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...PERIODS) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.integer({ min: 1890, max: 2110 }),
          fc.constantFrom('JJ', 'KW', 'MM', 'HJ', 'SJ', 'W1', 'X0', 'G3', 'ZZ', 'jj'),
          fc.integer({ min: 0, max: 99 }),
        )
        .map(([y, kind, i]) => `${y}${kind}${two(i)}`),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 9999 }).map(String) },
  ),
  region: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...CODES) },
    { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z]{2}[0-9A-Z]{0,20}$/) },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 2, max: 120 })
        .map((n) => Array.from({ length: n }, (_, i) => `GM${String(i).padStart(4, '0')}`).join(',')),
    },
  ),
  // An observations cursor is base64url JSON, a run cursor a row id.
  cursor: fc.oneof({ weight: 2, arbitrary: FORGED_CURSOR }, { weight: 1, arbitrary: fc.constantFrom(...HUGE, ...NEGATIVE, ...LENIENT) }),
  text: fc.oneof(fc.constantFrom(...NAMES, ...SQL, ...UNICODE), TEXT),
};

function kindOf(name: string, schema: ParameterSchema): ParameterKind {
  const example = typeof schema.example === 'string' ? schema.example : '';
  if (name === 'cursor') return 'cursor';
  if (schema.format === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(example)) return 'date';
  if (/^\d{4}([A-Z]{2}\d{2})?$/.test(example) && schema.type === 'string') return 'period';
  if (schema.type === 'number' || schema.type === 'integer' || /^\d+$/.test(example)) return 'number';
  if (/^[A-Z]{2}\d/.test(example)) return 'region';
  return 'text';
}

/** A hostile value for one parameter: aimed at its kind three times in five, anything otherwise. */
export function hostileValue(name: string, schema: ParameterSchema): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: HOSTILE_OF_KIND[kindOf(name, schema)] }, { weight: 2, arbitrary: ANY_HOSTILE });
}

function nearBounds(schema: ParameterSchema): string[] {
  const bounds = [schema.minimum, schema.maximum].filter((bound): bound is number => typeof bound === 'number');
  return bounds.flatMap((bound) => [bound - 1, bound, bound + 1].map(String));
}

/** Values the schema allows or nearly allows: its enum, example, default, pattern, dates and the edges of its range. */
export function plausibleValue(schema: ParameterSchema): fc.Arbitrary<string> {
  const listed = [...(schema.enum ?? []), schema.example, schema.default].filter((value) => value !== undefined).map(String);
  const choices: fc.Arbitrary<string>[] = [];
  if (listed.length > 0) choices.push(fc.constantFrom(...listed, ...nearBounds(schema)));
  if (schema.pattern !== undefined) choices.push(fc.stringMatching(new RegExp(schema.pattern)));
  if (schema.format === 'date')
    choices.push(
      fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    );
  return choices.length > 0 ? fc.oneof(...choices) : fc.string({ maxLength: 12 });
}
