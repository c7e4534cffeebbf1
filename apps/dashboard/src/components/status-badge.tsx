import { scaleOf, type ProgressStatus, type ScaleClass } from '@koers/indicators';

// Status is never carried by colour alone: every badge has an icon and the API's label. The colour follows the
// one scale every status maps onto (so "achter op schema" that is moving away is red, not amber); the icon
// follows the status itself. Colours are 100/900 pairs (contrast well above 4.5:1).
const SCALE_COLOUR: Record<ScaleClass, string> = {
  target_achieved: 'bg-emerald-100 text-emerald-900 border-emerald-300',
  substantial_progress: 'bg-emerald-100 text-emerald-900 border-emerald-300',
  moderate_progress: 'bg-sky-100 text-sky-900 border-sky-300',
  limited_progress: 'bg-amber-100 text-amber-900 border-amber-300',
  deterioration: 'bg-rose-100 text-rose-900 border-rose-300',
  not_available: 'bg-gray-100 text-gray-800 border-gray-300',
};

const ICON: Record<ProgressStatus, string> = {
  target_achieved: '★',
  substantial_progress: '✓',
  ahead: '✓',
  on_course: '✓',
  moderate_progress: '↗',
  limited_progress: '→',
  // Neither better nor worse: the change is within the precision the figure is published in.
  no_change: '=',
  behind: '!',
  // Outside the agreed range, below or above it.
  off_course: '↕',
  deterioration: '↘',
  not_available: '?',
  no_data: '–',
};

/**
 * The status of an indicator or ambition. `scale` is the API's scale class for the status (for `behind` it
 * depends on the pace); without it the status's own class is used.
 */
export function StatusBadge({ status, label, scale }: { status: ProgressStatus; label: string; scale?: ScaleClass }) {
  const colour = SCALE_COLOUR[scale ?? scaleOf(status)];
  return (
    <span
      data-status={status}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-tremor-full border px-2 py-0.5 text-tremor-label font-medium ${colour}`}
    >
      <span aria-hidden="true">{ICON[status]}</span>
      {label}
    </span>
  );
}
