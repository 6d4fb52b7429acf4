import { describe, expect, it } from 'vitest';
import { dateBadge, dayKey, formatEuro, formatOpeningHours, formatSpan } from './dates.ts';

describe('Dutch date formatting in Antwerp time', () => {
  it('groups by the Brussels calendar day, not UTC', () => {
    expect(dayKey('2026-11-28T23:30:00-01:00')).toBe('2026-11-29');
    expect(dayKey('2026-07-01T00:30:00+02:00')).toBe('2026-07-01');
  });
  it('formats a same-day span with start and end times', () => {
    expect(formatSpan('2026-11-28T20:00:00+01:00', '2026-11-28T22:30:00+01:00')).toBe(
      'za 28 nov 2026, 20:00–22:30',
    );
  });
  it('formats a badge and prices', () => {
    expect(dateBadge('2026-11-28T20:00:00+01:00')).toEqual({ day: '28', month: 'nov' });
    expect(formatEuro(12.5)).toMatch(/12,50/);
  });
  it('collapses consecutive opening days', () => {
    expect(
      formatOpeningHours({
        dayOfWeek: ['tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        opens: '10:00',
        closes: '17:00',
      }),
    ).toBe('di–zo 10:00–17:00');
    expect(
      formatOpeningHours({ dayOfWeek: ['monday', 'wednesday'], opens: '09:00', closes: '12:00' }),
    ).toBe('ma, wo 09:00–12:00');
  });
});

describe('Antwerp day boundaries', () => {
  it('starts a winter day at +01:00 and a summer day at +02:00', async () => {
    const { startOfDayInAntwerp, addDays } = await import('./dates.ts');
    expect(startOfDayInAntwerp('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayInAntwerp('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
