import { isoWeek, weekStart } from '../iso-week.ts';

const DAY = 86_400_000;

/**
 * The ISO week `weeks` weeks before the current one, for tests. Relative to the run: a fixed week
 * would one day be past the feedback's retention (a year), whose records the vault refuses.
 */
export const weeksAgo = (weeks: number, now: number = Date.now()): string =>
  isoWeek(new Date(now - weeks * 7 * DAY));

/** The week `weeks` weeks after `week` (before it when negative). */
export const weekAfter = (week: string, weeks = 1): string =>
  isoWeek(new Date(weekStart(week).getTime() + weeks * 7 * DAY));

/**
 * A time `day` days after the Monday of `week` (0 its Monday, 1 its Tuesday; beyond 6 or below 0 in
 * another week) at `clock` (HH:MM, UTC), written as stored records write it: `2026-10-06T10:00:00Z`.
 */
export function inWeek(week: string, day: number, clock = '10:00'): string {
  const date = new Date(weekStart(week).getTime() + day * DAY).toISOString().slice(0, 10);
  return `${date}T${clock}:00Z`;
}
