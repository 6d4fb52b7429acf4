import { DAYS_OF_WEEK, type Calendar, type DayOfWeek } from './calendar.ts';

/** The day of the week of a calendar date: the date written in `YYYY-MM-DD…`, whatever its offset. */
export function dayOfWeekOf(isoDate: string): DayOfWeek {
  const sundayFirst = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).getUTCDay();
  return DAYS_OF_WEEK[(sundayFirst + 6) % 7] ?? 'monday';
}

/** Start date-times of the dated occurrences (single and multiple calendars); none otherwise. */
export function occurrenceStarts(calendar: Calendar): string[] {
  if (calendar.type === 'single') return [calendar.startDate];
  if (calendar.type === 'multiple') return calendar.subEvents.map((s) => s.startDate);
  return [];
}

/** The first moment the item can be attended, or undefined for permanent offers. */
export function calendarStart(calendar: Calendar): string | undefined {
  if (calendar.type === 'permanent') return undefined;
  if (calendar.type === 'multiple') return calendar.subEvents[0]?.startDate;
  return calendar.startDate;
}

/** The last moment the item can be attended, or undefined for permanent offers. */
export function calendarEnd(calendar: Calendar): string | undefined {
  if (calendar.type === 'permanent') return undefined;
  if (calendar.type === 'multiple')
    return calendar.subEvents[calendar.subEvents.length - 1]?.endDate;
  return calendar.endDate;
}

/**
 * Whether a visit at `dateTime` (ISO 8601 with offset) fits the calendar: the start of an occurrence,
 * or an opening day within the period for periodic and permanent offers.
 */
export function fitsCalendar(calendar: Calendar, dateTime: string): boolean {
  if (calendar.type === 'single' || calendar.type === 'multiple') {
    return occurrenceStarts(calendar).includes(dateTime);
  }
  const t = Date.parse(dateTime);
  if (
    calendar.type === 'periodic' &&
    (t < Date.parse(calendar.startDate) || t > Date.parse(calendar.endDate))
  )
    return false;
  // The local weekday and clock time are the ones written in the string itself.
  const localDay = dayOfWeekOf(dateTime);
  const clock = dateTime.slice(11, 16);
  return calendar.openingHours.some(
    (h) => h.dayOfWeek.includes(localDay) && clock >= h.opens && clock < h.closes,
  );
}
