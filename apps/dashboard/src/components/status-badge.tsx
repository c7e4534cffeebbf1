import type { ProgressStatus } from '@koers/indicators';

// Status is never carried by colour alone: every badge has an icon and the API's label. Colours are 100/900
// pairs (contrast well above 4.5:1).
const STYLE: Record<ProgressStatus, { icon: string; className: string }> = {
  target_achieved: { icon: '★', className: 'bg-emerald-100 text-emerald-900 border-emerald-300' },
  substantial_progress: { icon: '✓', className: 'bg-emerald-100 text-emerald-900 border-emerald-300' },
  ahead: { icon: '✓', className: 'bg-emerald-100 text-emerald-900 border-emerald-300' },
  on_course: { icon: '✓', className: 'bg-emerald-100 text-emerald-900 border-emerald-300' },
  moderate_progress: { icon: '↗', className: 'bg-sky-100 text-sky-900 border-sky-300' },
  limited_progress: { icon: '→', className: 'bg-amber-100 text-amber-900 border-amber-300' },
  behind: { icon: '!', className: 'bg-amber-100 text-amber-900 border-amber-300' },
  deterioration: { icon: '↘', className: 'bg-rose-100 text-rose-900 border-rose-300' },
  not_available: { icon: '?', className: 'bg-gray-100 text-gray-800 border-gray-300' },
  no_data: { icon: '–', className: 'bg-gray-100 text-gray-800 border-gray-300' },
};

export function StatusBadge({ status, label }: { status: ProgressStatus; label: string }) {
  const style = STYLE[status];
  return (
    <span data-status={status} className={`inline-flex items-center gap-1 whitespace-nowrap rounded-tremor-full border px-2 py-0.5 text-tremor-label font-medium ${style.className}`}>
      <span aria-hidden="true">{style.icon}</span>
      {label}
    </span>
  );
}
