import type {
  AmbitionId,
  CoverageKind,
  Direction,
  EmptyReason,
  EvidenceLevel,
  Formula,
  Frequency,
  Level,
  LineagePoint,
  MeasureName,
  ProgressMethod,
  SeriesBreak,
  Unit,
} from '@koers/indicators';
import type { LatestValueView } from './ambition.contracts';
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
  /** True when the figure comes from an illustrative (voorbeelddata) file: shown apart, never counted. */
  readonly demo: boolean;
  /** The tables the figures of this period came from, as `provider:tableId`. */
  readonly sources: readonly string[];
  /** True when the figure combines figures of more than one table. */
  readonly mixedSources: boolean;
  /** The weakest evidence level among the figures read (`cbs`, `cbs-export`, `third-party`, …). */
  readonly evidence: EvidenceLevel | null;
  /** True when a break (another definition, or changed boundaries) lies between this and the previous figure. */
  readonly breakBefore: boolean;
  /** Possible data errors among the figures read (`measure:range`, `measure:jump`): never credited as progress. */
  readonly suspect: readonly string[];
}

/**
 * Where one input figure comes from: a CBS table and key, a bundled file (with its manifest), or an uploaded
 * municipal file. The library's lineage point with its times as ISO strings.
 */
export interface LineageEntry extends Omit<LineagePoint, 'publishedAt' | 'loadedAt'> {
  /** @format date-time */
  readonly publishedAt: string;
  /** @format date-time */
  readonly loadedAt: string;
  /** For municipal uploads: the file kept as evidence. */
  readonly uploadedFile: {
    readonly id: string;
    readonly name: string;
    /** @format date-time */
    readonly uploadedAt: string;
  } | null;
  /** For bundled or analyst files: the file and the manifest's account of where it came from. */
  readonly sourceFile: { readonly name: string; readonly sha256: string } | null;
}

/** Where to act on an empty figure: the StatLine page of the table, or the upload template (an API path). */
export interface ActionLink {
  readonly href: string;
  readonly label: string;
}

/** Why an indicator shows less than a verdict, with what would fill it (texts in the requested language). */
export type EmptyReasonView = EmptyReason<string> & { readonly link: ActionLink | null };

/** What an indicator shows for the region, and why not more. */
export interface CoverageView {
  readonly kind: CoverageKind;
  readonly reasons: readonly EmptyReasonView[];
}

/** A break in a series, in the requested language. */
export type SeriesBreakView = Omit<SeriesBreak, 'text'> & { readonly text: string };

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
  /** The latest figure, by the one rule of libs/indicators: the newest real yearly figure, else voorbeelddata. */
  readonly latest: LatestValueView | null;
  /** The last figure before it ("jaar ervoor"). */
  readonly previous: LatestValueView | null;
  readonly series: readonly SeriesPointView[];
  readonly target: TargetView | null;
  readonly trajectory: readonly TrajectoryPoint[];
  readonly progress: ProgressView;
  readonly comparisons: readonly ComparisonSeries[];
  readonly lineage: readonly LineageEntry[];
  /** When Koers last loaded a figure this indicator reads, and when the newest of them was published. */
  readonly lastUpdated: {
    /** @format date-time */
    readonly loadedAt: string;
    /** @format date-time */
    readonly publishedAt: string;
  } | null;
  /** A verdict, real figures only, only voorbeelddata, or nothing, and why (per input). */
  readonly coverage: CoverageView;
  /** Where the series is not comparable with its earlier years (marked on chart and table). */
  readonly breaks: readonly SeriesBreakView[];
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
