/**
 * Calendar arithmetic on local Brussels dates without depending on the machine's time zone:
 * a day is a UTC-midnight timestamp, the offset follows the EU summer-time rule.
 */
import { dayOfWeekOf } from './calendar-occurrences.ts';
import type { DayOfWeek } from './calendar.ts';

export const DAY_MS = 86_400_000;

export type Weekday = DayOfWeek;

/** `YYYY-MM-DD` -> day number (UTC midnight in ms). */
export function day(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`not a date: ${iso}`);
  return ms;
}

export function isoDay(dayMs: number): string {
  return new Date(dayMs).toISOString().slice(0, 10);
}

export function weekday(dayMs: number): Weekday {
  return dayOfWeekOf(isoDay(dayMs));
}

export function addDays(dayMs: number, n: number): number {
  return dayMs + n * DAY_MS;
}

function lastSundayOf(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

/** Minutes east of UTC on a local Brussels date and time (summer time from the last Sunday of March 02:00 to the last Sunday of October 03:00). */
export function brusselsOffsetMinutes(dayMs: number, minutesOfDay: number): 60 | 120 {
  const year = new Date(dayMs).getUTCFullYear();
  const start = lastSundayOf(year, 2) + 2 * 60 * 60_000;
  const end = lastSundayOf(year, 9) + 3 * 60 * 60_000;
  const local = dayMs + minutesOfDay * 60_000;
  return local >= start && local < end ? 120 : 60;
}

/** `HH:MM` -> minutes; 24:00 and later roll into the next day. */
export function minutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Local Brussels date + minutes after midnight (may exceed 24h) -> ISO 8601 with offset. */
export function brusselsDateTime(dayMs: number, minutesOfDay: number): string {
  const d = dayMs + Math.floor(minutesOfDay / 1440) * DAY_MS;
  const m = ((minutesOfDay % 1440) + 1440) % 1440;
  const offset = brusselsOffsetMinutes(d, m);
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${isoDay(d)}T${hh}:${mm}:00+0${offset / 60}:00`;
}
