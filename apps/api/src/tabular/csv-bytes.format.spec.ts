import { csvTextBound, quoteTriggers, writeCsvText } from './csv-bytes.format';
import { csvText } from '@koers/indicators';

/** The field written from its UTF-8 bytes, with something before and after it in the buffers. */
function written(text: string, delimiter: string): string {
  const source = Buffer.concat([Buffer.from('xx'), Buffer.from(text), Buffer.from('yy')]);
  const size = Buffer.byteLength(text);
  const out = Buffer.alloc(5 + csvTextBound(size), '#');
  const end = writeCsvText(out, 5, source, 2, size, quoteTriggers(delimiter));
  expect(end).toBeLessThanOrEqual(out.length);
  expect(out.subarray(0, 5).toString()).toBe('#####');
  return out.subarray(5, end).toString();
}

describe('writeCsvText', () => {
  // The formula and quoting rules themselves are csvText's (libs/indicators); these are the byte-level cases.
  it.each([
    ['ë', ',', 'ë'],
    ['€ 5,00', ';', '€ 5,00'],
    ['€ 5,00', ',', '"€ 5,00"'],
    ['-€', ';', "'-€"],
    ['"', ',', '""""'],
    ['=a,"b"', ',', `"'=a,""b"""`],
    ['\nx', ',', '"\nx"'],
    ['crlf\r\n', ';', '"crlf\r\n"'],
    ['x'.repeat(200), ',', 'x'.repeat(200)],
    ['"'.repeat(200), ',', `"${'"'.repeat(400)}"`],
  ])('should write %p as %p when the delimiter is %p', (text, delimiter, expected) => {
    expect(written(text, delimiter)).toBe(expected);
  });

  it('should write "" when the text is empty, as PostgreSQL does to keep it apart from NULL', () => {
    expect(written('', ',')).toBe('""');
  });

  it('should escape exactly as the one CSV text rule (csvText) does when the text is not empty', () => {
    const pieces = ['a', 'ë', '€', '=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ';', "'", ' ', '1'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const text = a + b + c;
          for (const delimiter of [',', ';']) expect([text, written(text, delimiter)]).toEqual([text, csvText(text, delimiter)]);
        }
  });
});
