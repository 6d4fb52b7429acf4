import { describe, expect, it } from 'vitest';
import { isIsoWeek, isoWeek, weekStart } from './iso-week.ts';

describe('ISO weeks', () => {
  it('follows ISO-8601 at year boundaries and round-trips to Monday', () => {
    expect(isoWeek('2026-11-30T00:00:00Z')).toBe('2026-W49');
    expect(isoWeek('2027-01-01T12:00:00Z')).toBe('2026-W53');
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01');
    expect(weekStart('2026-W49').toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(weekStart('2025-W01').toISOString()).toBe('2024-12-30T00:00:00.000Z');
  });

  it('knows week 53 only in years that have it (review finding: weeks that do not exist are accepted)', () => {
    expect(isIsoWeek('2026-W53')).toBe(true);
    expect(isIsoWeek('2020-W53')).toBe(true);
    expect(isIsoWeek('2025-W53')).toBe(false);
    expect(isIsoWeek('2027-W53')).toBe(false);
    expect(isIsoWeek('2025-W52')).toBe(true);
    expect(isIsoWeek('2025-W00')).toBe(false);
  });
});
