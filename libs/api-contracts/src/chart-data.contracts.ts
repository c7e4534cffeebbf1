import type { EvidenceLevel, Formula, ProgressBasis, ProgressMethod, ProgressStatus, Unit } from '@koers/indicators';
import type { RegionRef } from './common.contracts';
import type { IndicatorView, SeriesBreakView } from './indicator.contracts';
import type { TargetView } from './progress.contracts';

/** The files of `GET /indicators/:id/chart-data`: the chart's figures as CSV or Excel, or a zip bundle. */
export const CHART_DATA_FORMATS = ['csv', 'xlsx', 'zip'] as const;
export type ChartDataFormat = (typeof CHART_DATA_FORMATS)[number];

/**
 * What a row of the chart data belongs to: the region the chart is about (`own`), a region shown beside it
 * (`municipality` when the chart is about a wijk, `peer`, `benchmark`), or the path the target asks for (`target`;
 * a corridor has `target-lower` and `target-upper`).
 */
export type ChartDataSeries = 'own' | 'municipality' | 'peer' | 'benchmark' | 'target' | 'target-lower' | 'target-upper';

/** One row of the chart data: one figure of one line of the chart, in long format. */
export interface ChartDataRow {
  readonly indicator: string;
  readonly series: ChartDataSeries;
  readonly region: string;
  readonly region_name: string | null;
  /** CBS period code (`2024JJ00`): the chart shows yearly figures. */
  readonly period: string;
  readonly year: number;
  /** Rounded to the indicator's decimals, as the chart shows it; empty when missing (never 0 for missing). */
  readonly value: number | null;
  readonly unit: Unit;
  readonly provisional: boolean;
  /** True for an illustrative (voorbeelddata) figure: never a real figure. */
  readonly demo: boolean;
  readonly evidence: EvidenceLevel | null;
  /** The tables the figure came from (`provider:tableId`), separated by spaces. */
  readonly sources: string | null;
  /** A break (another definition, changed boundaries) lies between this and the previous figure. */
  readonly break_before: boolean;
  /** Possible data errors among the figures read (`measure:range`), separated by spaces. */
  readonly suspect: string | null;
  readonly missing_reason: string | null;
}

/** The columns of the chart data, in order. */
export const CHART_DATA_COLUMNS = [
  'indicator',
  'series',
  'region',
  'region_name',
  'period',
  'year',
  'value',
  'unit',
  'provisional',
  'demo',
  'evidence',
  'sources',
  'break_before',
  'suspect',
  'missing_reason',
] as const satisfies readonly (keyof ChartDataRow)[];

/** A table the chart's figures came from, with when it was published and loaded. */
export interface ChartDataSource {
  readonly provider: string;
  readonly tableId: string;
  /** The bundled or uploaded file the figures were read from, when they came from a file. */
  readonly file: string | null;
  readonly evidence: EvidenceLevel;
  readonly demo: boolean;
  /** The newest publication date among the figures of this table in the chart. */
  readonly publishedAt: string;
  readonly loadedAt: string;
  /** The table on CBS StatLine, for a CBS table. */
  readonly url: string | null;
}

/** `metadata.json` in the bundle of `GET /indicators/:id/chart-data?format=zip`: what the figures are. */
export interface ChartDataMetadata {
  readonly title: string;
  readonly indicator: Pick<
    IndicatorView,
    'id' | 'ambition' | 'title' | 'definition' | 'unit' | 'decimals' | 'direction' | 'frequency' | 'source' | 'owner' | 'note'
  >;
  /** What the chart shows: its region, the regions beside it and the years (null: every year). */
  readonly view: {
    readonly region: RegionRef;
    readonly compared: readonly RegionRef[];
    readonly from: number | null;
    readonly to: number | null;
    /** The figures as published on this day (YYYY-MM-DD); null: as published now. */
    readonly asOf: string | null;
  };
  /** How the value is computed (the formula) and how progress is judged (the method, the target). */
  readonly method: {
    readonly progressMethod: ProgressMethod;
    readonly description: string;
    readonly formula: Formula;
    readonly target: TargetView | null;
  };
  /** The status of the region's own series, judged on all its years, and why. */
  readonly status: {
    readonly status: ProgressStatus;
    readonly label: string;
    readonly explanation: string;
    readonly basis: ProgressBasis;
    readonly provisional: boolean;
    readonly stale: boolean;
  };
  readonly breaks: readonly SeriesBreakView[];
  readonly sources: readonly ChartDataSource[];
  readonly licence: { readonly id: string; readonly title: string; readonly url: string };
  /** The attribution a re-user writes beside the figures. */
  readonly attribution: string;
  readonly columns: readonly { readonly name: string; readonly type: string; readonly description: string }[];
  readonly files: readonly { readonly name: string; readonly description: string }[];
  readonly generatedAt: string;
  /** The API's data version the files were made from (changes with every load). */
  readonly dataVersion: string;
}
