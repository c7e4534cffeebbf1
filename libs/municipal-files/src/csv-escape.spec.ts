import { csvField, csvLine, neutralizeCsvFormula } from './csv-escape';

describe('CSV export escaping', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+31 592 123', "'+31 592 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['=', "'="],
  ])('should prefix %p with a quote when it would start a formula', (text, expected) => {
    expect(neutralizeCsvFormula(text)).toBe(expected);
  });

  it.each([['-12'], ['-12,5'], ['+3.25'], ['-'], ['kantoor'], ['a=b'], ['']])('should leave %p alone when it is no formula', (text) => {
    expect(neutralizeCsvFormula(text)).toBe(text);
  });

  it('should quote and escape a field when it holds the delimiter, a quote or a line break', () => {
    expect(csvField('Centrum, "De Kolk"')).toBe('"Centrum, ""De Kolk"""');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField("=cmd|' /C calc'!A0\nx")).toBe(`"'=cmd|' /C calc'!A0\nx"`);
  });

  it('should write numbers and empty values plainly when making a line', () => {
    expect(csvLine(['GM0106', 412, null, -3, "=HYPERLINK(\"x\")"])).toBe(`GM0106,412,,-3,"'=HYPERLINK(""x"")"`);
  });
});
