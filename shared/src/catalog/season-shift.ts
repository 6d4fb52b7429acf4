/**
 * The demo catalogue's activities are one generated season (autumn 2026 to the end of 2027). So
 * that the demo city keeps a programme ahead of today in later years, the loader moves the season
 * forward by whole 52-week steps: every date keeps its weekday and local clock time (the Brussels
 * offset is worked out again for the new date), and the personas' loans and visits move with it,
 * so their history still fits the calendars. Nothing moves while the season is current.
 */
import type { Activity } from './activity.ts';
import { brusselsDateTime, day, DAY_MS, minutes } from './brussels-time.ts';
import type { Calendar } from './calendar.ts';
import { calendarEnd } from './calendar-occurrences.ts';
import type { Persona } from './persona.ts';

/** One step: 52 weeks, so Mondays stay Mondays. */
export const SEASON_STEP_DAYS = 364;
/** At least this much of the season lies ahead of today (a quarter of a year). */
export const SEASON_AHEAD_DAYS = 91;

/** The last moment any dated activity can be attended (ms), or undefined when none is dated. */
export function seasonEnd(activities: readonly Activity[]): number | undefined {
  let last: number | undefined;
  for (const activity of activities) {
    const end = calendarEnd(activity.calendar);
    if (end !== undefined) last = Math.max(last ?? -Infinity, Date.parse(end));
  }
  return last;
}

/** The fewest steps after which the season still has SEASON_AHEAD_DAYS ahead of `now`. */
export function seasonSteps(end: number | undefined, now: Date): number {
  if (end === undefined) return 0;
  const short = now.getTime() + SEASON_AHEAD_DAYS * DAY_MS - end;
  return short <= 0 ? 0 : Math.ceil(short / (SEASON_STEP_DAYS * DAY_MS));
}

/** An ISO 8601 Brussels date-time (`YYYY-MM-DDTHH:MM:SS+HH:MM`) `steps` seasons later. */
export function shiftDateTime(iso: string, steps: number): string {
  if (steps === 0) return iso;
  return brusselsDateTime(
    day(iso.slice(0, 10)) + steps * SEASON_STEP_DAYS * DAY_MS,
    minutes(iso.slice(11, 16)),
  );
}

function shiftCalendar(calendar: Calendar, steps: number): Calendar {
  const at = (iso: string) => shiftDateTime(iso, steps);
  switch (calendar.type) {
    case 'permanent':
      return calendar;
    case 'multiple':
      return {
        ...calendar,
        subEvents: calendar.subEvents.map((s) => ({
          startDate: at(s.startDate),
          endDate: at(s.endDate),
        })),
      };
    default:
      return { ...calendar, startDate: at(calendar.startDate), endDate: at(calendar.endDate) };
  }
}

export function shiftActivity(activity: Activity, steps: number): Activity {
  return steps === 0
    ? activity
    : { ...activity, calendar: shiftCalendar(activity.calendar, steps) };
}

export function shiftPersona(persona: Persona, steps: number): Persona {
  if (steps === 0) return persona;
  return {
    ...persona,
    loans: persona.loans.map((loan) => ({ ...loan, date: shiftDateTime(loan.date, steps) })),
    attendance: persona.attendance.map((visit) => ({
      ...visit,
      date: shiftDateTime(visit.date, steps),
    })),
  };
}
