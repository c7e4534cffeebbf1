import { csvText, guardFormula } from './csv-text';

describe('the CSV text rule', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+31 592 123', "'+31 592 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=', "'="],
    ['@', "'@"],
  ])('should prefix %p with a quote when it would start a formula', (text, expected) => {
    expect(guardFormula(text)).toBe(expected);
  });

  it.each([['-12'], ['-12,5'], ['+3.25'], ['-'], ['+'], ['kantoor'], ['a=b'], ['']])(
    'should leave %p alone when it is no formula',
    (text) => {
      expect(guardFormula(text)).toBe(text);
    },
  );

  it('should quote and escape a field when it holds the delimiter, a quote or a line break', () => {
    expect(csvText('Centrum, "De Kolk"', ',')).toBe('"Centrum, ""De Kolk"""');
    expect(csvText('a;b', ';')).toBe('"a;b"');
    expect(csvText('a;b', ',')).toBe('a;b');
    expect(csvText("=cmd|' /C calc'!A0\nx", ',')).toBe(`"'=cmd|' /C calc'!A0\nx"`);
    expect(csvText('=HYPERLINK("x")', ',')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
