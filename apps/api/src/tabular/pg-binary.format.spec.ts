import { writeBoolText, writeDateText, writeInt4Text, writeNumericText, writeTimestampText } from './pg-binary.format';

type Writer = (out: Uint8Array, at: number, source: Buffer, start: number) => number;

/** What a writer makes of one binary value placed after two bytes of something else. */
function text(write: Writer, value: Buffer): string {
  const source = Buffer.concat([Buffer.from([0xff, 0xff]), value]);
  const out = Buffer.alloc(64, '#');
  return out.subarray(3, write(out, 3, source, 2)).toString();
}

/** numeric's binary form: base-10000 digits, the weight of the first, sign, display scale. */
function numeric(digits: number[], weight: number, sign: number, scale: number): Buffer {
  const value = Buffer.alloc(8 + 2 * digits.length);
  value.writeInt16BE(digits.length, 0);
  value.writeInt16BE(weight, 2);
  value.writeUInt16BE(sign, 4);
  value.writeUInt16BE(scale, 6);
  digits.forEach((digit, i) => value.writeUInt16BE(digit, 8 + 2 * i));
  return value;
}

const int32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);
const int64 = (n: bigint) => {
  const value = Buffer.alloc(8);
  value.writeBigInt64BE(n);
  return value;
};

describe('PostgreSQL binary values as text', () => {
  it.each([
    ['1016.50', [1016, 5000], 0, 0, 2, '1016.50', '1016,50'],
    ['-12.5', [12, 5000], 0, 0x4000, 1, '-12.5', '-12,5'],
    ['68599', [6, 8599], 1, 0, 0, '68599', '68599'],
    ['100000000', [1], 2, 0, 0, '100000000', '100000000'],
    ['0.00', [], 0, 0, 2, '0.00', '0,00'],
    ['0', [], 0, 0, 0, '0', '0'],
    ['0.0001', [1], -1, 0, 4, '0.0001', '0,0001'],
    ['-0.00012', [1, 2000], -1, 0x4000, 5, '-0.00012', '-0,00012'],
    ['1e-20', [1], -5, 0, 20, '0.00000000000000000001', '0,00000000000000000001'],
    ['NaN', [], 0, 0xc000, 0, 'NaN', 'NaN'],
    ['Infinity', [], 0, 0xd000, 0, 'Infinity', 'Infinity'],
    ['-Infinity', [], 0, 0xf000, 0, '-Infinity', '-Infinity'],
  ])('should write numeric %s as PostgreSQL does in either decimal notation', (_name, digits, weight, sign, scale, point, comma) => {
    const value = numeric(digits, weight, sign, scale);
    expect(text((out, at, source, start) => writeNumericText(out, at, source, start, 0x2e), value)).toBe(point);
    expect(text((out, at, source, start) => writeNumericText(out, at, source, start, 0x2c), value)).toBe(comma);
  });

  it('should refuse a numeric when its sign is none PostgreSQL knows', () => {
    expect(() => text((out, at, source, start) => writeNumericText(out, at, source, start, 0x2e), numeric([], 0, 0x1234, 0))).toThrow(
      '0x1234',
    );
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [2147483647, '2147483647'],
    [-2147483648, '-2147483648'],
  ])('should write int4 %i as %p', (value, expected) => {
    expect(text(writeInt4Text, int32(value))).toBe(expected);
  });

  it('should write booleans as true and false', () => {
    expect(text(writeBoolText, Buffer.from([1]))).toBe('true');
    expect(text(writeBoolText, Buffer.from([0]))).toBe('false');
  });

  it.each([
    [0, '2000-01-01'],
    [-1, '1999-12-31'],
    [59, '2000-02-29'],
    [8766, '2024-01-01'],
    [-10_957, '1970-01-01'],
    [-730_119, '0001-01-01'],
    [-730_120, '0001-12-31'], // 1 BC: to_char's YYYY shows no sign
    [2_921_940, '10000-01-01'],
    [0x7fffffff, ''],
    [-0x80000000, ''],
  ])('should write date %i days after 2000-01-01 as %p', (days, expected) => {
    expect(text(writeDateText, int32(days))).toBe(expected);
  });

  it.each([
    [0n, '2000-01-01T00:00:00.000Z'],
    [-1n, '1999-12-31T23:59:59.999Z'],
    [1_999n, '2000-01-01T00:00:00.001Z'],
    [86_399_999_999n, '2000-01-01T23:59:59.999Z'],
    [-946_684_800_000_000n, '1970-01-01T00:00:00.000Z'],
    // Past ±2^53 microseconds (years 1715–2285) the arithmetic must stay exact too.
    [-12_622_780_800_000_001n, '1599-12-31T23:59:59.999Z'],
    [9_223_371_331_199_999_999n, '294276-12-31T23:59:59.999Z'],
    [9_223_372_036_854_775_807n, ''],
    [-9_223_372_036_854_775_808n, ''],
  ])('should write timestamptz %p microseconds after 2000 as %p', (micros, expected) => {
    expect(text(writeTimestampText, int64(micros))).toBe(expected);
  });
});
