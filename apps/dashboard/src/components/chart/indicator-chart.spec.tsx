import { renderToStaticMarkup } from 'react-dom/server';
import { band, comparison, detail, point } from '@koers/api-contracts/testing';
import { chartModel } from '../../lib/view/chart-model.view';
import { IndicatorChart } from './indicator-chart';

// The chart rendered to HTML as the server sends it: what a browser gets without running any script.

function render(...args: Parameters<typeof chartModel>): string {
  return renderToStaticMarkup(
    <IndicatorChart model={chartModel(...args)} unit={args[0].indicator.unit} decimals={0} lang="nl" label="Samenvatting." />,
  );
}

/** The attribute values of every element in `html` with `tag` inside the series group `key`. */
function strokesOf(html: string, key: string): string[] {
  const group = html.match(new RegExp(`<g data-series-key="${key}"[^>]*>(.*?)</g>(?=<g data-series-key|</svg></div>)`))?.[1] ?? '';
  return [...group.matchAll(/<(?:line|circle|rect)[^>]*stroke="([^"]+)"/g)].map((m) => m[1]!);
}

describe('IndicatorChart', () => {
  it('should draw a stroked line or marker for every series the legend names when peers, benchmarks and a band are shown', () => {
    const peers = [
      comparison('GM0114', 'Emmen', 'peer', [point(2023, 4), point(2024, 5)]),
      comparison('PV22', 'Drenthe', 'benchmark', [point(2023, 6), point(2024, 6)]),
      comparison('NL01', 'Nederland', 'benchmark', [point(2023, 7), point(2024, 8)]),
    ];
    const html = render(
      detail({ unit: 'percent', series: [point(2023, 3), point(2024, 4)], trajectory: [band(2023, 2, 9), band(2024, 2, 9)] }),
      'nl',
      peers,
    );
    const keys = [...html.matchAll(/data-legend-key="([^"]+)"/g)].map((m) => m[1]!);
    expect(keys).toEqual(['own', 'band-lower', 'band-upper', 'cmp-GM0114', 'cmp-PV22', 'cmp-NL01']);
    for (const key of keys) {
      const strokes = strokesOf(html, key);
      expect(strokes.length).toBeGreaterThan(0);
      for (const stroke of strokes) expect(stroke).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('should draw voorbeelddata hollow on a dashed line, name it in the legend and say it under the chart', () => {
    const html = render(detail({ series: [point(2022, 1), point(2023, 2), point(2024, 3, { demo: true })] }), 'nl', []);
    expect(html.match(/data-marker="2024"[^>]*data-demo="true"/)).not.toBeNull();
    expect(html).toMatch(/data-marker="2024"[^>]*>(?:<title>[^<]*<\/title>)?<circle r="4" fill="#ffffff"/);
    expect(html).toMatch(/data-marker="2022"[^>]*>(?:<title>[^<]*<\/title>)?<circle r="4" fill="#0f766e"/);
    expect(html).toMatch(/<line[^>]*stroke-dasharray="3 3"[^>]*data-demo="true"/);
    expect(html).toContain('data-legend-mark="demo"');
    expect(html).toContain('data-note="demo"');
  });

  it('should mark a break with a labelled rule and figures from more tables with a ring', () => {
    const html = render(
      detail({
        series: [point(2020, 1), point(2021, 2, { breakBefore: true, mixedSources: true })],
        breaks: [{ year: 2021, kind: 'definition', text: 'Reeksbreuk: vanaf 2021 een andere bron.' }],
      }),
      'nl',
      [],
    );
    expect(html).toContain('<g role="img" aria-label="Reeksbreuk: vanaf 2021 een andere bron." data-break-year="2021">');
    expect(html).toContain('data-mark="mixed-sources"');
    expect(html).toContain('data-legend-mark="break"');
    expect(html).toContain('data-legend-mark="mixed-sources"');
  });

  it('should name no marks in the legend when every figure is real, final and from one table', () => {
    expect(render(detail({ series: [point(2023, 1), point(2024, 2)] }), 'nl', [])).not.toContain('data-legend-mark');
  });
});
