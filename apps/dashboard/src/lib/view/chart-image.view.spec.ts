import { comparison, detail, point } from '@koers/api-contracts/testing';
import { chartFigure } from './chart-figure.view';
import { chartImage, IMAGE_WIDTH, wrapText } from './chart-image.view';
import { DEFAULT_VIEW } from './chart-view.view';
import { svgMarkup } from './svg-node.view';

const TEXTS = {
  title: 'Inwoners — Assen, 2020–2024',
  source: 'Bron: CBS, Bevolking op 1 januari (03759ned).',
  credit: 'Koers · gemeente Assen · licentie CC BY 4.0 · https://koers.example/indicatoren/x',
};

function image(...args: Parameters<typeof detail>): string {
  const emmen = comparison('GM0114', 'Emmen', 'peer', [point(2020, 100), point(2024, 104)]);
  const figure = chartFigure(detail({ comparisons: [emmen], ...args[0] }), { ...DEFAULT_VIEW, peers: ['GM0114'] }, 'nl');
  return svgMarkup(chartImage(figure, 'Samenvatting.', 'nl', TEXTS)!);
}

describe('wrapText', () => {
  it('should break between words so no line is wider than the width when the text is long', () => {
    expect(wrapText('een twee drie vier vijf', 60, 10)).toEqual(['een twee', 'drie vier', 'vijf']);
  });

  it('should keep a word longer than a line on a line of its own, and give no line, when the text asks for it', () => {
    expect(wrapText('kort Meerjarenprogrammering kort', 40, 10)).toEqual(['kort', 'Meerjarenprogrammering', 'kort']);
    expect(wrapText('  ', 40, 10)).toEqual([]);
  });
});

describe('chartImage', () => {
  it('should be a standalone SVG document 960 px wide with title, legend, every figure, source and licence when a view is drawn', () => {
    const svg = image({ series: [point(2020, 67000), point(2022, 68000), point(2024, 69701)] });
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="`)).toBe(true);
    expect(svg).toContain('<title>Inwoners — Assen, 2020–2024</title>');
    for (const label of [
      '>Assen<',
      '>Emmen<',
      '>Index: het eerste jaar met cijfers = 100<',
      '>Bron: CBS, Bevolking op 1 januari (03759ned).<',
      'licentie CC BY 4.0',
    ])
      expect(svg).toContain(label);
    expect(svg.match(/<g data-series-key="own"/g)).toHaveLength(1);
    expect(svg.match(/data-marker="\d{4}"/g)).toHaveLength(5);
    expect(svg).toContain('font-family="system-ui');
    expect(svg).not.toContain('foreignObject');
  });

  it('should write each year label once, without the classes that hide labels on a narrow screen, when many years are drawn', () => {
    const svg = image({ series: Array.from({ length: 15 }, (_, i) => point(2010 + i, 60000 + i)) });
    expect(svg).not.toMatch(/md:hidden/);
    const years = [...svg.matchAll(/<text [^>]*text-anchor="middle"[^>]*>(\d{4})<\/text>/g)].map((m) => m[1]);
    expect(new Set(years).size).toBe(years.length);
  });

  it('should say under the chart that hollow markers are voorbeelddata when the chart has them', () => {
    expect(image({ series: [point(2023, 1), point(2024, 2, { demo: true })] })).toContain(
      'Open rondjes aan een gestreepte lijn zijn voorbeelddata',
    );
  });

  it('should give nothing to draw when the view has no figures', () => {
    expect(chartImage(chartFigure(detail(), DEFAULT_VIEW, 'nl'), '', 'nl', TEXTS)).toBeNull();
  });
});
