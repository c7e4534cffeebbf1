import { breakSwatchNodes } from '../../lib/view/chart-drawing.view';
import type { ChartModel } from '../../lib/view/chart-model.view';
import { seriesStyle } from '../../lib/view/chart-palette.view';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { LineSwatch } from './chart-marker';
import { SvgNodes } from './svg-nodes';

// The marks are explained in a neutral grey, so they do not read as another series.
const NEUTRAL = { ...seriesStyle('own'), color: '#374151' };
const PLAIN = { demo: false, provisional: false, mixedSources: false };

/**
 * The chart's own legend (HTML, so it wraps on a phone): every line the chart draws, then only the marks that
 * occur — voorbeelddata, provisional, more than one table, a break.
 */
export function ChartLegend({ model, lang }: { model: ChartModel; lang: Lang }) {
  const t = dictionary(lang).chart;
  const item = 'inline-flex items-center gap-1.5';
  return (
    <ul className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-tremor-label text-tremor-content-emphasis" data-testid="chart-legend">
      {model.series.map((series) => (
        <li key={series.key} className={item} data-legend-key={series.key}>
          <LineSwatch style={series.style} />
          {series.label}
        </li>
      ))}
      {model.marks.demo && (
        <li className={item} data-legend-mark="demo">
          <LineSwatch style={NEUTRAL} marks={{ ...PLAIN, demo: true }} />
          {t.demo}
        </li>
      )}
      {model.marks.provisional && (
        <li className={item} data-legend-mark="provisional">
          <LineSwatch style={{ ...NEUTRAL, dash: null }} marks={{ ...PLAIN, provisional: true }} />
          {t.provisional}
        </li>
      )}
      {model.marks.mixedSources && (
        <li className={item} data-legend-mark="mixed-sources">
          <LineSwatch style={NEUTRAL} marks={{ ...PLAIN, mixedSources: true }} />
          {t.mixedSources}
        </li>
      )}
      {model.breaks.length > 0 && (
        <li className={item} data-legend-mark="break">
          <svg width={14} height={14} aria-hidden="true" focusable="false">
            <SvgNodes nodes={breakSwatchNodes()} />
          </svg>
          {t.seriesBreak}
        </li>
      )}
    </ul>
  );
}
