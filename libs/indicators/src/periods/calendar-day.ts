/** Formatters by time zone: building one costs far more than using it, and the API asks for "today" often. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day (YYYY-MM-DD) that a moment falls on in a time zone: what "today" means for the municipality.
 * Pure: the moment is passed in, the clock is read by the caller.
 */
export function calendarDayIn(moment: Date, timeZone: string): string {
  let formatter = FORMATTERS.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter.format(moment);
}
