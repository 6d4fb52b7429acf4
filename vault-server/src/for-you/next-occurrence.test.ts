import { describe, expect, it } from 'vitest';
import { nextOccurrence } from './next-occurrence.ts';

const at = (iso: string) => new Date(iso);

describe('nextOccurrence', () => {
  const multiple = {
    type: 'multiple' as const,
    subEvents: [
      { startDate: '2027-03-01T20:00:00+01:00', endDate: '2027-03-01T22:00:00+01:00' },
      { startDate: '2027-01-01T20:00:00+01:00', endDate: '2027-01-01T22:00:00+01:00' },
    ],
  };

  it('is the first span that has not ended, in date order', () => {
    expect(nextOccurrence(multiple, at('2026-12-01T00:00:00Z'))?.start).toBe(
      '2027-01-01T20:00:00+01:00',
    );
    expect(nextOccurrence(multiple, at('2027-02-01T00:00:00Z'))?.start).toBe(
      '2027-03-01T20:00:00+01:00',
    );
    expect(nextOccurrence(multiple, at('2027-04-01T00:00:00Z'))).toBeNull();
  });

  it('is none for a permanent activity', () => {
    const permanent = {
      type: 'permanent' as const,
      openingHours: [{ dayOfWeek: ['monday' as const], opens: '10:00', closes: '17:00' }],
    };
    expect(nextOccurrence(permanent, at('2027-01-01T00:00:00Z'))).toBeNull();
  });
});
