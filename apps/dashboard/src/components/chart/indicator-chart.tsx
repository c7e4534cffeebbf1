import { plotLayout } from '../../lib/view/chart-layout.view';
import { type ChartTextInput, chartCaption, chartNotes, chartPlotTexts } from '../../lib/view/chart-texts.view';
import { ChartLegend } from './chart-legend';
import { ChartPlot } from './chart-plot';

/**
 * The indicator's chart: legend, plot and the notes that say in words what its marks mean. All server-rendered
 * SVG and HTML, so it needs no client JavaScript and prints as it is shown. The table beside it (in the section)
 * carries the same figures for screen readers and keyboard users.
 */
export function IndicatorChart(props: ChartTextInput) {
  const { model, unit, lang, label } = props;
  const layout = plotLayout(model);
  if (layout === null) return null;
  const caption = chartCaption(model, unit, lang);
  return (
    <figure aria-label={label} data-testid="indicator-chart" className="mt-3">
      <ChartLegend model={model} lang={lang} />
      {caption && (
        <p className="text-tremor-label text-tremor-content-emphasis" data-testid="chart-unit">
          {caption}
        </p>
      )}
      <ChartPlot layout={layout} texts={chartPlotTexts(props, layout.axis.decimals)} />
      <figcaption className="mt-2 space-y-1 text-tremor-label text-tremor-content-emphasis">
        {chartNotes(model, layout, lang).map((note, i) => (
          <p key={i} data-note={note.kind}>
            {note.text}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}
