import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { dayOfWeek, occurrences, openingHoursOf } from '../catalog/occurrences.ts';
import { addDays, dayKey, formatTime } from '../shared-ui/dates.ts';

/** How far ahead a permanent collection can be booked. */
export const BOOKING_HORIZON_DAYS = 180;

export interface VisitWindow {
  firstDay: string;
  lastDay: string;
}

/** The days on which a visit can be booked, or undefined when the exhibition is over. */
export function visitWindow(activity: Activity, now: Date): VisitWindow | undefined {
  const today = dayKey(now);
  const spans = occurrences(activity.calendar);
  const first = spans[0];
  const last = spans[spans.length - 1];
  const firstDay = first && dayKey(first.start) > today ? dayKey(first.start) : today;
  const lastDay = last ? dayKey(last.end) : addDays(today, BOOKING_HORIZON_DAYS);
  return firstDay <= lastDay ? { firstDay, lastDay } : undefined;
}

function hourly(opens: string, closes: string): string[] {
  const slots: string[] = [];
  const [oh = 0, om = 0] = opens.split(':').map(Number);
  const [ch = 0, cm = 0] = closes.split(':').map(Number);
  // The last slot starts an hour before closing, so every visitor gets at least an hour.
  for (let m = oh * 60 + om; m + 60 <= ch * 60 + cm; m += 60) {
    slots.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  }
  return slots.length ? slots : [opens];
}

/** Hourly entry slots on a given day (YYYY-MM-DD), or across all days when no day is given. */
export function timeSlots(activity: Activity, day?: string): string[] {
  const hours = openingHoursOf(activity.calendar);
  const slots = new Set<string>();
  if (hours.length) {
    for (const h of hours)
      if (!day || h.dayOfWeek.includes(dayOfWeek(day)))
        hourly(h.opens, h.closes).forEach((s) => slots.add(s));
  } else {
    for (const o of occurrences(activity.calendar)) {
      if (day && (dayKey(o.start) > day || dayKey(o.end) < day)) continue;
      hourly(
        formatTime(o.start),
        dayKey(o.end) === dayKey(o.start) ? formatTime(o.end) : '23:59',
      ).forEach((s) => slots.add(s));
    }
  }
  return [...slots].sort();
}

/** Whether a visit is possible on that day at that time. */
export function canVisit(activity: Activity, now: Date, day: string, slot: string): boolean {
  const window = visitWindow(activity, now);
  if (!window || day < window.firstDay || day > window.lastDay) return false;
  return timeSlots(activity, day).includes(slot);
}
