const AMSTERDAM = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function amsterdamOffsetMs(instant: Date): number {
  const parts = AMSTERDAM.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const local = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return local - instant.getTime();
}

/**
 * A CBS Modified date as an instant. v4 sends an offset; v3 sends local Dutch time without one
 * (`2021-03-26T02:00:00`), which is read in Europe/Amsterdam so "as published on" means what CBS meant.
 */
export function parseCbsTimestamp(raw: string): Date {
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(raw)) return new Date(raw);
  const naive = new Date(`${raw}Z`);
  if (Number.isNaN(naive.getTime())) throw new Error(`"${raw}" is not a CBS timestamp`);
  return new Date(naive.getTime() - amsterdamOffsetMs(naive));
}
