/**
 * The calendar day (YYYY-MM-DD) that a moment falls on in a time zone: what "today" means for the municipality.
 * Pure: the moment is passed in, the clock is read by the caller.
 */
export function calendarDayIn(moment: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
