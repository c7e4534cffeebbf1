import type { AmbitionId, AmbitionRollUp, Unit } from '@koers/indicators';
import type { PolicyView, RegionRef } from './common.contracts';
import type { ProgressView, StatusView, TargetView } from './progress.contracts';

/** The newest yearly or sub-yearly value of an indicator. */
export interface LatestValueView {
  readonly period: string;
  readonly year: number;
  readonly value: number;
  readonly provisional: boolean;
}

/** One indicator in an ambition overview. */
export interface IndicatorStatusView extends StatusView {
  readonly id: string;
  readonly title: string;
  readonly unit: Unit;
  readonly decimals: number;
  readonly latest: LatestValueView | null;
  readonly target: TargetView | null;
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
