import type { ProgressStatus, ScaleClass } from '../../types/progress.types';
import { OPEN_SDG_THRESHOLDS_TARGET } from './open-sdg.progress';

/** Order of the scale classes, worst first; `not_available` is not ranked. */
export const SCALE_RANK: Readonly<Record<Exclude<ScaleClass, 'not_available'>, number>> = {
  deterioration: 1,
  limited_progress: 2,
  moderate_progress: 3,
  substantial_progress: 4,
  target_achieved: 5,
};

/** Every scale class, best first (display order). */
export const SCALE_CLASSES: readonly ScaleClass[] = [
  'target_achieved',
  'substantial_progress',
  'moderate_progress',
  'limited_progress',
  'deterioration',
  'not_available',
];

/** Every status, in display order. */
export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  'target_achieved',
  'ahead',
  'substantial_progress',
  'on_course',
  'moderate_progress',
  'behind',
  'limited_progress',
  'no_change',
  'off_course',
  'deterioration',
  'not_available',
  'no_data',
];

function behindClass(paceRatio: number | null, isBand: boolean): ScaleClass {
  if (paceRatio === null) {
    // A corridor has no required pace: outside it on the wrong side is moving against the policy.
    return isBand ? 'deterioration' : 'limited_progress';
  }
  if (paceRatio >= OPEN_SDG_THRESHOLDS_TARGET.med) {
    return 'moderate_progress';
  }
  return paceRatio >= OPEN_SDG_THRESHOLDS_TARGET.low ? 'limited_progress' : 'deterioration';
}

/**
 * Maps a status onto the one scale. `behind` uses the ratio of observed to required change with the Open SDG
 * method-2 thresholds (≥ 0.60 moderate, ≥ 0 limited, below deterioration): behind but moving the right way is
 * not the same as moving away.
 */
export function scaleOf(status: ProgressStatus, paceRatio: number | null = null, isBand = false): ScaleClass {
  switch (status) {
    case 'target_achieved':
    case 'substantial_progress':
    case 'moderate_progress':
    case 'limited_progress':
    case 'deterioration':
    case 'not_available':
      return status;
    case 'ahead':
    case 'on_course':
      return 'substantial_progress';
    case 'no_change':
      return 'limited_progress';
    case 'off_course':
      return 'deterioration';
    case 'behind':
      return behindClass(paceRatio, isBand);
    case 'no_data':
      return 'not_available';
    default: {
      const unknown: never = status;
      throw new Error(`Unknown status ${String(unknown)}`);
    }
  }
}
