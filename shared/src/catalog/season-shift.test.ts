import { describe, expect, it } from 'vitest';
import { CATALOG_DATA_DIR, openCatalog } from './catalog-data.ts';
import { calendarEnd, calendarStart, dayOfWeekOf, fitsCalendar } from './calendar-occurrences.ts';
import { seasonEnd, seasonSteps, shiftDateTime } from './season-shift.ts';

describe('shiftDateTime', () => {
  it('moves by 52 weeks, keeping the weekday and local time, with the offset of the new date', () => {
    // 28 March 2027 is summer time; 26 March 2028, its date 52 weeks on, is summer time as well,
    // while 27 March 2027 (winter) lands on 25 March 2028 (still winter).
    expect(shiftDateTime('2027-03-27T20:00:00+01:00', 1)).toBe('2028-03-25T20:00:00+01:00');
    expect(shiftDateTime('2027-03-28T20:00:00+02:00', 1)).toBe('2028-03-26T20:00:00+02:00');
    // 30 October 2027 is summer time, 28 October 2028 as well; 31 October 2027 (winter) is 29 October 2028 (winter).
    expect(shiftDateTime('2027-10-30T20:00:00+02:00', 1)).toBe('2028-10-28T20:00:00+02:00');
    expect(shiftDateTime('2027-10-31T20:00:00+01:00', 2)).toBe('2029-10-28T20:00:00+01:00');
    expect(dayOfWeekOf('2029-10-28')).toBe(dayOfWeekOf('2027-10-31'));
    expect(shiftDateTime('2026-09-01T10:00:00+02:00', 0)).toBe('2026-09-01T10:00:00+02:00');
  });
});

describe('seasonSteps', () => {
  const end = Date.parse('2027-12-29T17:00:00+01:00');
  it('leaves the season alone while a quarter of it is still ahead, and then moves it as little as needed', () => {
    expect(seasonSteps(end, new Date('2026-12-07T12:00:00Z'))).toBe(0);
    expect(seasonSteps(end, new Date('2027-09-01T12:00:00Z'))).toBe(0);
    expect(seasonSteps(end, new Date('2028-03-01T12:00:00Z'))).toBe(1);
    expect(seasonSteps(end, new Date('2031-06-01T12:00:00Z'))).toBe(4);
    expect(seasonSteps(undefined, new Date('2031-06-01T12:00:00Z'))).toBe(0);
  });
});

describe('the committed catalogue on a later clock', () => {
  it('still has a season ahead on 1 March 2028, weekdays and persona visits intact (review finding: the demo catalogue’s dated activities end 2027-12-29)', () => {
    const now = new Date('2028-03-01T09:00:00+01:00');
    const later = openCatalog(CATALOG_DATA_DIR, { clock: () => now });
    const today = openCatalog(CATALOG_DATA_DIR, { clock: () => new Date('2026-12-07T12:00:00Z') });
    const ahead = later.activities().filter((a) => {
      const end = calendarEnd(a.calendar);
      return end !== undefined && Date.parse(end) > now.getTime();
    });
    expect(ahead.length).toBeGreaterThan(5000);
    expect(seasonEnd(later.activities())! - now.getTime()).toBeGreaterThan(91 * 86_400_000);
    // The same activity, 52 weeks on: same weekday and clock time.
    const startOf = (data: typeof later) => {
      const item = data.byId('act-00200');
      return item?.kind === 'activity' ? (calendarStart(item.calendar) ?? '') : '';
    };
    const before = startOf(today);
    const after = startOf(later);
    expect(before).not.toBe('');
    expect(dayOfWeekOf(after)).toBe(dayOfWeekOf(before));
    expect(after.slice(11, 16)).toBe(before.slice(11, 16));
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThan(363 * 86_400_000);
    // Personas' visits move along and still fit the calendars.
    for (const persona of later.personas())
      for (const visit of persona.attendance) {
        const activity = later.byId(visit.activityId);
        expect(activity?.kind === 'activity' && fitsCalendar(activity.calendar, visit.date)).toBe(
          true,
        );
      }
  });
});
