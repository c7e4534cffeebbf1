import type { IndicatorDetailResponse, IndicatorStatusView } from '@koers/api-contracts';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import { usedTrendValue } from '../../lib/view/progress.view';
import { reportSentence } from '../../lib/view/report-sentence.view';
import { figureAndPrevious, YearValue } from '../../lib/view/series.view';
import { ExampleDataTag } from '../example-data-tag';
import { StaleTag } from '../stale-tag';
import { StatusBadge } from '../status-badge';

interface Props {
  readonly indicator: IndicatorStatusView;
  readonly detail: IndicatorDetailResponse | undefined;
  readonly year: number;
  readonly footnote: number;
  /** Why there is no figure, in the API's words (from the coverage overview). */
  readonly reason: string | null;
  readonly lang: Lang;
}

/**
 * One indicator in the council report: the figure of the report year (or the latest before it) beside the year
 * before, each tagged when it is voorbeelddata, the latest marked "verouderd" when it is out of date, and a
 * sentence when the verdict looked at the trend rather than the one figure shown.
 */
export function ReportRow({ indicator, detail, year, footnote, reason, lang }: Props) {
  const t = dictionary(lang);
  const { latest: current, previous } = detail ? figureAndPrevious(detail.series, year) : { latest: null, previous: null };
  const newest = detail ? figureAndPrevious(detail.series).latest : null;
  const stale = indicator.stale && current !== null && current.year === newest?.year;
  const figure = (point: YearValue | null, isLatest: boolean) =>
    point === null ? (
      '–'
    ) : (
      <span className="inline-flex flex-wrap items-center justify-end gap-1">
        {formatValue(point.value, indicator.unit, indicator.decimals, lang)} ({point.year}
        {point.provisional ? `, ${t.provisional}` : ''})
        {point.demo && <ExampleDataTag lang={lang} />}
        {isLatest && stale && <StaleTag lang={lang} />}
      </span>
    );
  return (
    <tr className="border-b border-tremor-border align-top" data-indicator={indicator.id}>
      <th scope="row" className="px-2 py-1 text-left font-normal">
        {indicator.title}
        <sup>{footnote}</sup>
        <p className="text-tremor-label text-tremor-content-emphasis">
          {reportSentence({ title: indicator.title, unit: indicator.unit, decimals: indicator.decimals, current, previous, target: indicator.target, statusLabel: indicator.statusLabel }, year, lang)}
          {current === null && reason ? ` ${reason}` : ''}
          {detail && usedTrendValue(detail.progress) ? ` ${t.trendNote}` : ''}
        </p>
      </th>
      <td className="px-2 py-1 text-right tabular-nums">{figure(current, true)}</td>
      <td className="px-2 py-1 text-right tabular-nums">{figure(previous, false)}</td>
      <td className="px-2 py-1">
        <StatusBadge status={indicator.status} label={indicator.statusLabel} scale={indicator.scale} />
      </td>
    </tr>
  );
}
