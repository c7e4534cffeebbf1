import { cssString, reportPageStyle } from './page-print-style';

describe('reportPageStyle', () => {
  it('should number every page "pagina n van N" and put the header on all but the cover when printed in Dutch', () => {
    const css = reportPageStyle('Raadsrapportage 2025 · Editie 1', 'nl');
    expect(css).toContain('@bottom-right { content: "pagina " counter(page) " van " counter(pages);');
    expect(css).toContain('@top-left { content: "Raadsrapportage 2025 · Editie 1";');
    expect(css).toContain('@page :first { @top-left { content: none; } }');
  });

  it('should escape quotes, backslashes and line ends when a text goes into a CSS string', () => {
    expect(cssString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c d"');
  });
});
