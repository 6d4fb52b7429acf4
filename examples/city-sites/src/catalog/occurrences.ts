import { dayOfWeekOf, type Calendar, type OpeningHours } from '@verwonder/shared/catalog/index.ts';

/** One concrete time span of an activity (a periodic activity is one long span). */
export interface Occurrence {
  start: string;
  end: string;
}

/** All dated spans of a calendar, in order; permanent activities have none. */
export function occurrences(calendar: Calendar): Occurrence[] {
  switch (calendar.type) {
    case 'single':
    case 'periodic':
      return [{ start: calendar.startDate, end: calendar.endDate }];
    case 'multiple':
      return [...calendar.subEvents]
        .map((s) => ({ start: s.startDate, end: s.endDate }))
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    case 'permanent':
      return [];
  }
}

/** The first span that has not ended at `from`. */
export function nextOccurrence(calendar: Calendar, from: Date): Occurrence | undefined {
  return occurrences(calendar).find((o) => Date.parse(o.end) >= from.getTime());
}

/** When the activity shows up in a date-sorted agenda: the later of its start and `from`. */
export function agendaDate(calendar: Calendar, from: Date): Date | undefined {
  const next = nextOccurrence(calendar, from);
  if (!next) return undefined;
  return new Date(Math.max(Date.parse(next.start), from.getTime()));
}

export function openingHoursOf(calendar: Calendar): OpeningHours[] {
  return calendar.type === 'periodic' || calendar.type === 'permanent' ? calendar.openingHours : [];
}

/** Day of week of a calendar date string YYYY-MM-DD. */
export const dayOfWeek = dayOfWeekOf;
