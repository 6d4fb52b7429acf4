import { describe, expect, it } from 'vitest';
import { Calendar } from './calendar.ts';
import {
  calendarEnd,
  calendarStart,
  fitsCalendar,
  occurrenceStarts,
} from './calendar-occurrences.ts';

const multiple = Calendar.parse({
  type: 'multiple',
  subEvents: [
    { startDate: '2026-10-02T20:00:00+02:00', endDate: '2026-10-02T22:00:00+02:00' },
    { startDate: '2026-10-30T20:00:00+01:00', endDate: '2026-10-30T22:00:00+01:00' },
  ],
});
const periodic = Calendar.parse({
  type: 'periodic',
  startDate: '2026-09-10T10:00:00+02:00',
  endDate: '2026-12-20T17:00:00+01:00',
  openingHours: [
    {
      dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
      opens: '10:00',
      closes: '17:00',
    },
  ],
});

describe('calendar occurrences', () => {
  it('lists starts and the first and last moment', () => {
    expect(occurrenceStarts(multiple)).toHaveLength(2);
    expect(calendarStart(multiple)).toBe('2026-10-02T20:00:00+02:00');
    expect(calendarEnd(multiple)).toBe('2026-10-30T22:00:00+01:00');
    expect(calendarStart({ type: 'permanent', openingHours: [] })).toBeUndefined();
  });

  it('accepts a visit at an occurrence or during opening hours, and nothing else', () => {
    expect(fitsCalendar(multiple, '2026-10-30T20:00:00+01:00')).toBe(true);
    expect(fitsCalendar(multiple, '2026-10-31T20:00:00+01:00')).toBe(false);
    expect(fitsCalendar(periodic, '2026-11-15T14:00:00+01:00')).toBe(true); // a Sunday
    expect(fitsCalendar(periodic, '2026-11-16T14:00:00+01:00')).toBe(false); // a Monday: closed
    expect(fitsCalendar(periodic, '2026-11-15T18:00:00+01:00')).toBe(false); // after closing
    expect(fitsCalendar(periodic, '2027-01-10T14:00:00+01:00')).toBe(false); // after the period
  });
});
