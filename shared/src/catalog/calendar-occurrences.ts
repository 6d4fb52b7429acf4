import type { Calendar, DayOfWeek } from './calendar.ts';

const WEEKDAYS: readonly DayOfWeek[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

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
  const localDay = WEEKDAYS[new Date(`${dateTime.slice(0, 10)}T00:00:00Z`).getUTCDay()];
  const clock = dateTime.slice(11, 16);
  return calendar.openingHours.some(
    (h) =>
      localDay !== undefined &&
      h.dayOfWeek.includes(localDay) &&
      clock >= h.opens &&
      clock < h.closes,
  );
}
