import { describe, expect, it } from 'vitest';
import { inWeek, weekAfter, weeksAgo } from './test-week.ts';

describe('the weeks of the insight tests', () => {
  it('counts weeks back from the run, across a year', () => {
    const thursday = Date.parse('2026-01-08T12:00:00Z'); // in 2026-W02
    expect(weeksAgo(0, thursday)).toBe('2026-W02');
    expect(weeksAgo(2, thursday)).toBe('2025-W52');
    expect(weekAfter('2025-W52')).toBe('2026-W01');
    expect(weekAfter('2026-W01', -1)).toBe('2025-W52');
  });

  it('writes a time in a week as records are stored', () => {
    expect(inWeek('2026-W49', 0)).toBe('2026-11-30T10:00:00Z');
    expect(inWeek('2026-W49', 1, '09:30')).toBe('2026-12-01T09:30:00Z');
    expect(inWeek('2026-W49', 10)).toBe('2026-12-10T10:00:00Z');
    expect(inWeek('2026-W49', -60)).toBe('2026-10-01T10:00:00Z');
  });
});
