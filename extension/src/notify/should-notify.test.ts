import { describe, expect, it } from 'vitest';

import { isQuietTime, localDay, shouldNotify } from './should-notify.ts';

/** A local time on 5 December 2026. */
const at = (hours: number, minutes = 0) => new Date(2026, 11, 5, hours, minutes);

describe('shouldNotify', () => {
  const base = { enabled: true, mode: 'on' as const, lastNotifiedDay: undefined };

  it('notifies in the day, once a day, when switched on', () => {
    expect(shouldNotify({ ...base, now: at(12) })).toEqual({ notify: true, day: '2026-12-05' });
    expect(shouldNotify({ ...base, lastNotifiedDay: '2026-12-04', now: at(12) }).notify).toBe(true);
    expect(shouldNotify({ ...base, lastNotifiedDay: '2026-12-05', now: at(12) })).toEqual({
      notify: false,
      reason: 'already-today',
    });
  });

  it('is off until the person opts in, and off when personalisation is off', () => {
    expect(shouldNotify({ ...base, enabled: false, now: at(12) })).toEqual({
      notify: false,
      reason: 'not-opted-in',
    });
    expect(shouldNotify({ ...base, mode: 'off', now: at(12) })).toEqual({
      notify: false,
      reason: 'personalisation-off',
    });
    expect(shouldNotify({ ...base, mode: 'limited', now: at(12) }).notify).toBe(true);
  });

  it('never at night: quiet from 21:30 until 09:00 local time', () => {
    for (const [h, m] of [
      [21, 30],
      [23, 59],
      [0, 0],
      [3, 0],
      [8, 59],
    ] as const) {
      expect(isQuietTime(at(h, m)), `${h}:${m}`).toBe(true);
      expect(shouldNotify({ ...base, now: at(h, m) })).toEqual({ notify: false, reason: 'quiet' });
    }
    for (const [h, m] of [
      [9, 0],
      [12, 0],
      [18, 0],
      [21, 29],
    ] as const)
      expect(isQuietTime(at(h, m)), `${h}:${m}`).toBe(false);
  });

  it('counts days in local time', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    expect(localDay(new Date(2026, 0, 10, 0, 1))).toBe('2026-01-10');
  });
});
