import type { Page } from 'playwright-core';

/** Per legend entry of the indicator chart: how many of its series' lines and markers the browser draws with a stroke. */
export interface DrawnSeries {
  readonly key: string;
  readonly label: string;
  readonly shapes: number;
  readonly stroked: number;
}

/**
 * For every series the chart's legend names, the shapes of that series in the rendered SVG whose computed style
 * draws a visible stroke (not none, not transparent, not hidden) with a size on screen.
 */
export function chartStrokes(page: Page): Promise<DrawnSeries[]> {
  return page.getByTestId('indicator-chart').evaluate((figure) =>
    [...figure.querySelectorAll('[data-legend-key]')].map((item) => {
      const key = item.getAttribute('data-legend-key') ?? '';
      const group = figure.querySelector(`[data-testid="chart-plot"] [data-series-key="${key}"]`);
      const shapes = group ? [...group.querySelectorAll('line, circle, rect')] : [];
      const stroked = shapes.filter((shape) => {
        const style = getComputedStyle(shape);
        const box = shape.getBoundingClientRect();
        const transparent = style.stroke === 'none' || style.stroke === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.stroke);
        return (
          !transparent &&
          Number(style.strokeOpacity) > 0 &&
          Number(style.strokeWidth.replace('px', '')) > 0 &&
          style.visibility !== 'hidden' &&
          style.display !== 'none' &&
          (box.width > 0 || box.height > 0)
        );
      });
      return { key, label: item.textContent ?? '', shapes: shapes.length, stroked: stroked.length };
    }),
  );
}

/** The own series' markers as drawn: whether the API's point is voorbeelddata, and the computed fill of the marker. */
export function ownMarkers(page: Page): Promise<{ year: string; demo: string; fill: string }[]> {
  return page
    .getByTestId('chart-plot')
    .locator('[data-series-key="own"] [data-marker]')
    .evaluateAll((markers) =>
      markers.map((marker) => {
        const shape = marker.querySelector('circle:not([data-mark]), rect');
        return {
          year: marker.getAttribute('data-marker') ?? '',
          demo: marker.getAttribute('data-demo') ?? '',
          fill: shape ? getComputedStyle(shape).fill : '',
        };
      }),
    );
}
