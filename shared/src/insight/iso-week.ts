/**
 * ISO-8601 week of a time, e.g. `2026-W49`: the batch a week's reports are summed in. Weeks are in
 * UTC on purpose: the week names a batch that every vault, both aggregators and the extension must
 * compute alike, and UTC has no summer time; a Monday's first hour or two in Brussels (its Sunday
 * evening in UTC) counts in the week before, which the dashboard says.
 */
export function isoWeek(time: string | Date): string {
  const date = new Date(time);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The shape of a week; `isIsoWeek` also checks it exists (week 53 only in 53-week years). */
export const IsoWeekPattern = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/** Monday 00:00 UTC of an ISO week. */
export function weekStart(week: string): Date {
  const [year, w] = week.split('-W').map(Number) as [number, number];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() || 7) - 1) + (w - 1) * 7);
  return monday;
}

/** A week that exists: `2026-W53` does (2026 has 53 ISO weeks), `2025-W53` does not. */
export function isIsoWeek(week: string): boolean {
  return IsoWeekPattern.test(week) && isoWeek(weekStart(week)) === week;
}
