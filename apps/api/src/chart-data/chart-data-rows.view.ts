import {
  CHART_DATA_COLUMNS,
  type ChartDataRow,
  type ChartDataSeries,
  type ComparisonSeries,
  type IndicatorDetailResponse,
  type SeriesPointView,
  type TrajectoryPoint,
} from '@koers/api-contracts';
import { annualPeriod, isAnnualPeriod, roundTo } from '@koers/indicators';
import { type Cell, type ColumnBatch, type ColumnSpec, describeColumns } from '../tabular/tabular.types';

/** The columns of the chart data with their types, for the CSV, the workbook and metadata.json. */
export const CHART_DATA_EXPORT_COLUMNS: readonly ColumnSpec[] = describeColumns(CHART_DATA_COLUMNS, {
  indicator: ['string', 'Indicator id of the Koers catalogue'],
  series: [
    'string',
    'own (the region of the chart), municipality, peer, benchmark, or the target path: target, target-lower, target-upper',
  ],
  region: ['string', 'CBS region code'],
  region_name: ['string', 'Region name'],
  period: ['string', 'CBS period code of the year (2024JJ00)'],
  year: ['integer', 'Year'],
  value: ['number', "Value rounded to the indicator's decimals, as the chart shows it; empty when missing (never 0 for missing)"],
  unit: ['string', 'Unit of the indicator'],
  provisional: ['boolean', 'True when a figure the value was computed from is provisional'],
  demo: ['boolean', 'True when the value comes from an illustrative (voorbeelddata) file: never a real figure'],
  evidence: ['string', 'The weakest evidence level of the figures read: cbs, cbs-export, third-party, transcribed, municipal'],
  sources: ['string', 'The tables the value came from (provider:tableId), separated by spaces'],
  break_before: ['boolean', 'True when a break (another definition, changed boundaries) lies between this and the previous figure'],
  suspect: ['string', 'Possible data errors among the figures read (measure:check), separated by spaces; never counted as progress'],
  missing_reason: ['string', 'Why the value is missing'],
});

const ROLE_SERIES: Readonly<Record<ComparisonSeries['role'], ChartDataSeries>> = {
  municipality: 'municipality',
  peer: 'peer',
  benchmark: 'benchmark',
};

const spaced = (list: readonly string[]) => (list.length > 0 ? list.join(' ') : null);

function figureRows(
  detail: IndicatorDetailResponse,
  series: ChartDataSeries,
  region: ComparisonSeries['region'],
  points: readonly SeriesPointView[],
): ChartDataRow[] {
  const { id, unit, decimals } = detail.indicator;
  return points
    .filter((p) => isAnnualPeriod(p.period))
    .map((p) => ({
      indicator: id,
      series,
      region: region.code,
      region_name: region.name,
      period: p.period,
      year: p.year,
      value: p.value === null ? null : roundTo(p.value, decimals),
      unit,
      provisional: p.provisional,
      demo: p.demo,
      evidence: p.evidence,
      sources: spaced(p.sources),
      break_before: p.breakBefore,
      suspect: spaced(p.suspect),
      missing_reason: p.missingReason,
    }));
}

/** The lines of the target path: a level or running total as `target`, a corridor as its lower and upper bound. */
function targetLines(path: readonly TrajectoryPoint[]): [ChartDataSeries, (p: TrajectoryPoint) => number | null][] {
  return path[0]?.basis === 'band'
    ? [
        ['target-lower', (p) => p.lower],
        ['target-upper', (p) => p.upper],
      ]
    : [['target', (p) => p.value]];
}

function targetRows(detail: IndicatorDetailResponse): ChartDataRow[] {
  const { id, unit, decimals } = detail.indicator;
  return targetLines(detail.trajectory).flatMap(([series, valueOf]) =>
    detail.trajectory.flatMap((p): ChartDataRow[] => {
      const value = valueOf(p);
      if (value === null) return [];
      const { code, name } = detail.region;
      const none = {
        provisional: false,
        demo: false,
        evidence: null,
        sources: null,
        break_before: false,
        suspect: null,
        missing_reason: null,
      };
      return [
        {
          indicator: id,
          series,
          region: code,
          region_name: name,
          period: annualPeriod(p.year),
          year: p.year,
          value: roundTo(value, decimals),
          unit,
          ...none,
        },
      ];
    }),
  );
}

/**
 * The figures of an indicator chart in long format: every yearly figure of the region (also the missing ones, with
 * why), of each region shown beside it, and the path its target asks for. Values are rounded to the indicator's
 * decimals, as the chart and its table show them.
 */
export function chartDataRows(detail: IndicatorDetailResponse, compared: readonly ComparisonSeries[]): ChartDataRow[] {
  return [
    ...figureRows(detail, 'own', detail.region, detail.series),
    ...compared.flatMap((c) => figureRows(detail, ROLE_SERIES[c.role], c.region, c.series)),
    ...targetRows(detail),
  ];
}

/** The rows as one batch of columns, for the CSV writer of the downloads. */
export function chartDataBatch(rows: readonly ChartDataRow[]): ColumnBatch {
  return { length: rows.length, columns: CHART_DATA_COLUMNS.map((name) => rows.map((row): Cell => row[name])) };
}
