import { describe, expect, it } from 'vitest';
import { brusselsDateTime, day, minutes } from './brussels-time.ts';

describe('Brussels local time', () => {
  it('uses +02:00 in summer and +01:00 in winter, switching on the last Sundays of March and October', () => {
    expect(brusselsDateTime(day('2026-10-24'), minutes('20:00'))).toBe('2026-10-24T20:00:00+02:00');
    expect(brusselsDateTime(day('2026-10-25'), minutes('20:00'))).toBe('2026-10-25T20:00:00+01:00');
    expect(brusselsDateTime(day('2027-03-27'), minutes('20:00'))).toBe('2027-03-27T20:00:00+01:00');
    expect(brusselsDateTime(day('2027-03-28'), minutes('20:00'))).toBe('2027-03-28T20:00:00+02:00');
  });

  it('rolls times past midnight into the next day', () => {
    expect(brusselsDateTime(day('2026-12-31'), minutes('22:00') + 300)).toBe(
      '2027-01-01T03:00:00+01:00',
    );
  });

  it('agrees with the platform time-zone database', () => {
    const iso = brusselsDateTime(day('2027-07-14'), minutes('21:30'));
    const local = new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' });
    expect(local).toBe('2027-07-14 21:30:00');
  });
});
