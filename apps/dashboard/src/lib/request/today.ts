import { loadConfig } from '@koers/config';
import { calendarDayIn } from '@koers/indicators';

/** Today in the municipality's time zone (YYYY-MM-DD): the day a view may be pinned to at the latest, and a citation's date. */
export function today(): string {
  return calendarDayIn(new Date(), loadConfig().etl.timeZone);
}
