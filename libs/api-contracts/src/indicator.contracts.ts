import type {
  AmbitionId,
  Direction,
  Formula,
  Frequency,
  Level,
  MeasureName,
  ProgressMethod,
  Unit,
} from '@koers/indicators';
import type { RegionRef } from './common.contracts';
import type { ProgressView, StatusView, TargetView, TrajectoryPoint } from './progress.contracts';

/** One indicator of the catalogue, its texts in the requested language (`GET /indicators`). */
export interface IndicatorView {
  readonly id: string;
  readonly ambition: AmbitionId;
  readonly title: string;
  readonly definition: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly direction: Direction;
  readonly directionNote: string | null;
  readonly inputs: readonly MeasureName[];
  readonly formula: Formula;
  readonly levels: readonly Level[];
  readonly primaryRegion: string | null;
  readonly benchmarkRegions: readonly string[];
  readonly frequency: Frequency;
  readonly source: string;
  readonly owner: string;
  readonly progressMethod: ProgressMethod;
  /** Open SDG base year; null for trajectories (their target carries its own start). */
  readonly baseYear: number | null;
  readonly target: TargetView | null;
  readonly note: string | null;
}

/** `GET /indicators`. */
export interface IndicatorListResponse {
  readonly data: readonly IndicatorView[];
}

/** One value of an indicator series. */
export interface SeriesPointView {
  readonly period: string;
  readonly year: number;
  /** Null when missing; never 0 for missing. */
  readonly value: number | null;
  readonly provisional: boolean;
  readonly missingReason: string | null;
  readonly missingInputs: readonly string[];
  /** The newest publication version among the observations of this period (CBS Modified date or file sha256). */
  readonly publicationVersion: string | null;
}

/** Where one input figure comes from: a CBS table and key, or an uploaded municipal file. */
export interface LineageEntry {
  readonly measure: MeasureName;
  readonly region: string;
  readonly period: string;
  readonly provider: string;
  readonly tableId: string;
  readonly key: string;
  readonly dimensions: Readonly<Record<string, string>>;
  /** Set when the figure is a sum over codes of one dimension (e.g. single years of age). */
  readonly summedOver: { readonly dimension: string; readonly codes: number } | null;
  readonly publicationVersion: string;
  readonly publishedAt: string;
  readonly loadedAt: string;
  readonly status: string;
  readonly runId: string | null;
  /** For municipal uploads: the file kept as evidence. */
  readonly uploadedFile: { readonly id: string; readonly name: string; readonly uploadedAt: string } | null;
}

/** A peer or benchmark region's series beside the indicator's own. */
export interface ComparisonSeries {
  readonly region: RegionRef;
  readonly role: 'municipality' | 'peer' | 'benchmark';
  readonly series: readonly SeriesPointView[];
  readonly progress: StatusView;
}

/** `GET /indicators/:id`. */
export interface IndicatorDetailResponse {
  readonly indicator: IndicatorView;
  readonly region: RegionRef;
  /** Same as `progress.status`; `no_data` when nothing is loaded. */
  readonly status: StatusView['status'];
  readonly series: readonly SeriesPointView[];
  readonly target: TargetView | null;
  readonly trajectory: readonly TrajectoryPoint[];
  readonly progress: ProgressView;
  readonly comparisons: readonly ComparisonSeries[];
  readonly lineage: readonly LineageEntry[];
  /** When Koers last loaded a figure this indicator reads, and when the newest of them was published. */
  readonly lastUpdated: { readonly loadedAt: string; readonly publishedAt: string } | null;
}

/** One region's value in `GET /indicators/:id/regions`. */
export interface RegionValueView extends StatusView {
  readonly region: RegionRef;
  readonly value: number | null;
  readonly provisional: boolean;
  readonly missingReason: string | null;
}

/** `GET /indicators/:id/regions?level=wijk|buurt|peer&period=`. */
export interface IndicatorRegionsResponse {
  readonly indicatorId: string;
  readonly title: string;
  readonly unit: Unit;
  readonly level: 'wijk' | 'buurt' | 'peer';
  /** The period shown: the one asked for, or the newest with a value. Null when there is none. */
  readonly period: string | null;
  /** Every period with a value in any of these regions, oldest first. */
  readonly periods: readonly string[];
  readonly regions: readonly RegionValueView[];
}
