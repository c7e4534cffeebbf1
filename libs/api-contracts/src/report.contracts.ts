import type { AmbitionId, Direction, EvidenceLevel, ProgressBasis, SnapshotFigure, Unit } from '@koers/indicators';
import type { RollUpView } from './ambition.contracts';
import type { RegionRef } from './common.contracts';
import type { StatusView, TrajectoryPoint } from './progress.contracts';

/** A figure as a report shows it. */
export interface ReportFigureView {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
  readonly demo: boolean;
}

/** Where a report figure came from: its footnote. */
export interface ReportSourceView {
  readonly provider: string;
  readonly tableId: string;
  readonly evidence: EvidenceLevel;
  /** @format date-time */
  readonly publishedAt: string;
}

/** One indicator in a council report. */
export interface ReportIndicatorView extends StatusView {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly direction: Direction;
  /** The figure of the report year, or the last before it (its year says which). */
  readonly figure: ReportFigureView | null;
  /** The last earlier figure ("jaar ervoor": the previous round for two- or four-yearly series). */
  readonly previous: ReportFigureView | null;
  /** The status with its reason in one plain line. */
  readonly statusLine: string;
  /** The full explanation, for who wants the calculation. */
  readonly explanation: string;
  readonly basis: ProgressBasis;
  /** The latest figure was out of date at the end of the report year (verouderd). */
  readonly stale: boolean;
  /** When there is no verdict: why, in words. */
  readonly reason: string | null;
  /** The indicator's source line, and the tables its shown figures came from. */
  readonly source: string;
  readonly sources: readonly ReportSourceView[];
  /** What the small chart draws: the yearly figures up to the report year and the path the target asks for. */
  readonly chart: { readonly points: readonly ReportFigureView[]; readonly trajectory: readonly TrajectoryPoint[] };
  /** The figure this indicator had in the previous edition, for the chart and the changes. */
  readonly previousEditionFigure: ReportFigureView | null;
  /** The input figures behind `figure` with their publication, to see later what a source revised. */
  readonly inputs: readonly SnapshotFigure[];
}

/** One ambition in a council report. */
export interface ReportAmbitionView {
  readonly id: AmbitionId;
  readonly title: string;
  readonly description: string;
  readonly rollUp: RollUpView;
  readonly onCourse: boolean;
  readonly indicators: readonly ReportIndicatorView[];
}

/** An adopted edition as other responses refer to it. */
export interface EditionRef {
  readonly year: number;
  readonly number: number;
  /** @format date */
  readonly adoptedOn: string;
  /** API path of the edition, permanent. */
  readonly url: string;
}

/** The adoption of an edition: "vastgesteld op <datum> door <naam>, raadsvergadering <datum>". */
export interface AdoptionView extends EditionRef {
  readonly adoptedBy: string;
  /** @format date */
  readonly councilMeeting: string;
  readonly dataVersion: string;
}

/** `GET /reports/:year` and `GET /reports/:year/editions/:number`: the council report of a year. */
export interface ReportResponse {
  readonly year: number;
  /**
   * The data as published on this day (YYYY-MM-DD).
   * @format date
   */
  readonly peildatum: string;
  /** `concept`: the live draft; `vastgesteld`: an adopted edition, served exactly as adopted. */
  readonly status: 'concept' | 'vastgesteld';
  readonly adoption: AdoptionView | null;
  readonly previousEdition: EditionRef | null;
  readonly nextEdition: EditionRef | null;
  readonly region: RegionRef;
  readonly summary: {
    readonly onCourse: number;
    readonly total: number;
    readonly judged: number;
    readonly text: string;
    readonly rule: string;
  };
  readonly ambitions: readonly ReportAmbitionView[];
  /** Every table the report's figures came from, `provider:tableId`. */
  readonly sources: readonly string[];
  /**
   * When the report was drawn up (the draft: now; an edition: at adoption).
   * @format date-time
   */
  readonly generatedAt: string;
  readonly dataVersion: string;
}

/** What changed since the edition before, counted (`GET /reports/:year/changes` lists it). */
export interface ReportChangeCounts {
  /** The edition compared with; null when there is none yet (then every count is 0). */
  readonly since: EditionRef | null;
  readonly statusChanges: number;
  readonly revisions: number;
  readonly added: number;
  readonly dropped: number;
  readonly newSources: number;
}

/**
 * `GET /reports/:year` and `GET /reports/:year/editions/:number`: the report (an edition exactly as adopted) with
 * what its page shows around it, so the page is one request.
 */
export interface ReportPageResponse extends ReportResponse {
  /** Every year with a report and its editions: the year picker. */
  readonly years: ReportYearsResponse;
  /** What changed since the edition before this report (or this edition). */
  readonly changes: ReportChangeCounts;
}

/** `GET /reports`: the years a report exists for and their editions. */
export interface ReportYearsResponse {
  /** The last complete year: what `/rapport` opens. */
  readonly lastCompleteYear: number;
  readonly years: readonly { readonly year: number; readonly editions: readonly EditionRef[] }[];
}

/** `POST /reports/:year/editions`. */
export interface AdoptEditionRequest {
  readonly adoptedBy: string;
  /**
   * YYYY-MM-DD.
   * @format date
   */
  readonly councilMeeting: string;
  /**
   * YYYY-MM-DD; default today.
   * @format date
   */
  readonly adoptedOn?: string;
  /**
   * YYYY-MM-DD: the data as published on this day; default today.
   * @format date
   */
  readonly peildatum?: string;
}

/** `GET /reports/:year/changes`: what changed since the previous edition. */
export interface ReportChangesResponse {
  readonly year: number;
  /** The edition compared with; null when there is none yet (then nothing is listed). */
  readonly since: EditionRef | null;
  /** The report compared: the adopted edition of the year, or the draft. */
  readonly report: {
    readonly status: ReportResponse['status'];
    readonly adoption: AdoptionView | null;
    /** @format date */
    readonly peildatum: string;
  };
  readonly statusChanges: readonly {
    readonly indicator: string;
    readonly title: string;
    readonly from: string;
    readonly fromLabel: string;
    readonly to: string;
    readonly toLabel: string;
    readonly direction: 'better' | 'worse' | 'same-class';
  }[];
  readonly revisions: readonly {
    readonly indicator: string;
    readonly title: string;
    readonly measure: string;
    readonly tableId: string;
    readonly region: string;
    readonly period: string;
    readonly previousValue: number | null;
    readonly value: number | null;
    /** @format date-time */
    readonly previousPublishedAt: string;
    /** @format date-time */
    readonly publishedAt: string;
  }[];
  readonly added: readonly { readonly id: string; readonly title: string }[];
  readonly dropped: readonly { readonly id: string; readonly title: string }[];
  readonly newSources: readonly string[];
}
