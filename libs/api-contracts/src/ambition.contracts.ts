import type { AmbitionId, AmbitionRollUp, CoverageKind, EvidenceLevel, Unit } from '@koers/indicators';
import type { PolicyView, RegionRef } from './common.contracts';
import type { ProgressView, StatusView, TargetView } from './progress.contracts';

/** The newest yearly or sub-yearly value of an indicator. */
export interface LatestValueView {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
  /** From an illustrative (voorbeelddata) file. */
  readonly demo: boolean;
  readonly evidence: EvidenceLevel | null;
}

/** One point of a card's sparkline, with the marks it is drawn with. */
export interface SparkPointView {
  readonly year: number;
  readonly value: number;
  readonly demo: boolean;
  readonly provisional: boolean;
  /** A break (another definition, changed boundaries) lies between this and the previous figure. */
  readonly breakBefore: boolean;
}

/** One indicator in an ambition overview. */
export interface IndicatorStatusView extends StatusView {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly latest: LatestValueView | null;
  /** The last earlier figure ("jaar ervoor": the previous round for two- or four-yearly series). */
  readonly previous: LatestValueView | null;
  /** The yearly figures for the card's sparkline, oldest first. */
  readonly sparkline: readonly SparkPointView[];
  readonly target: TargetView | null;
  /** The latest real figure is older than the indicator's frequency allows (verouderd). */
  readonly stale: boolean;
  /** A verdict on real figures, real figures only, only voorbeelddata, or nothing. */
  readonly coverage: CoverageKind;
}

/** The roll-up of an ambition's indicators (lower median of the judged classes): the library's, localised. */
export type RollUpView = Omit<AmbitionRollUp, 'ambitionId' | 'region' | 'text'> & {
  readonly overallLabel: string;
  readonly text: string;
};

/** One ambition with its roll-up and indicators (`GET /ambitions`). */
export interface AmbitionView {
  readonly id: AmbitionId;
  readonly title: string;
  readonly description: string;
  readonly policy: PolicyView;
  readonly rollUp: RollUpView;
  readonly indicators: readonly IndicatorStatusView[];
}

/** `GET /ambitions`. */
export interface AmbitionListResponse {
  readonly region: RegionRef;
  readonly data: readonly AmbitionView[];
}

/** An indicator in `GET /ambitions/:id`, with its full judgement. */
export interface AmbitionIndicatorView extends IndicatorStatusView {
  readonly progress: ProgressView;
}

/** `GET /ambitions/:id`. */
export interface AmbitionDetailResponse extends Omit<AmbitionView, 'indicators'> {
  readonly region: RegionRef;
  readonly indicators: readonly AmbitionIndicatorView[];
}

/** One indicator in the coverage overview: what it shows and, when less than a verdict, why. */
export interface CoverageIndicatorView {
  readonly id: string;
  readonly title: string;
  readonly kind: CoverageKind;
  /** The first reason in plain words (null with a verdict). */
  readonly reason: string | null;
  /** The tables its real figures came from, `provider:tableId`. */
  readonly sources: readonly string[];
  /** The years with a real figure. */
  readonly years: readonly number[];
}

/** One ambition in `GET /coverage`. */
export interface CoverageAmbitionView {
  readonly id: AmbitionId;
  readonly title: string;
  readonly counts: Readonly<Record<CoverageKind, number>>;
  readonly indicators: readonly CoverageIndicatorView[];
}

/** `GET /coverage`: per ambition, how many indicators have a verdict, real figures, only voorbeelddata, or nothing. */
export interface CoverageResponse {
  readonly region: RegionRef;
  readonly totals: Readonly<Record<CoverageKind, number>>;
  readonly data: readonly CoverageAmbitionView[];
}
