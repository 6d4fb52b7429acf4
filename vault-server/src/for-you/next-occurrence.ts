import type { Activity } from '@verwonder/shared/catalog/activity.ts';
import type { Calendar } from '@verwonder/shared/catalog/calendar.ts';

/** The first dated span that has not ended at `now`; permanent activities have none. */
export function nextOccurrence(
  calendar: Calendar,
  now: Date,
): { start: string; end: string } | null {
  const spans =
    calendar.type === 'multiple'
      ? calendar.subEvents.map((span) => ({ start: span.startDate, end: span.endDate }))
      : calendar.type === 'permanent'
        ? []
        : [{ start: calendar.startDate, end: calendar.endDate }];
  return (
    spans
      .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
      .find((span) => Date.parse(span.end) >= now.getTime()) ?? null
  );
}

/** Permanent activities are always on; dated ones only while a span is still to come. */
export const upcoming = (activity: Activity, now: Date): boolean =>
  activity.calendar.type === 'permanent' || nextOccurrence(activity.calendar, now) !== null;
