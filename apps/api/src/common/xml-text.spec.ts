import { xmlText } from './xml-text';

describe('xmlText', () => {
  it.each([
    ['a & b < c > d', 'a &amp; b &lt; c &gt; d'],
    [`"quoted" and 'single'`, '&quot;quoted&quot; and &apos;single&apos;'],
    ['tab\there\nand line', 'tab\there\nand line'],
    ['nul\u0000bell\u0007form\u000c', 'nulbellform'],
    ['Vóór € 10', 'Vóór € 10'],
  ])('should write %j as %j when it goes into XML', (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});
